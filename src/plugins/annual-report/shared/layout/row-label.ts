/**
 * A printed row label split into its own numbering and its text, so that writers can set the
 * numbering apart (a 序号 column, a hanging indent) and print `number + label` as the form does.
 *
 * Numbering as the formats print it: 一、 （一） (一) 1. 1、 1． — with the whitespace that
 * follows it ("2. 部门文件" keeps its space in the number, so number + label is the template's
 * label unchanged). The gz-legacy lead-in 其中: / 其中： before the first item of a breakdown is
 * part of the numbering: it is printed before 1. and is not part of what the row counts.
 * A digit followed by a point and another digit is a decimal, not numbering.
 */
const NUMBERING =
  /^(?:其中[:：]\s*)?(?:[一二三四五六七八九十百]+、|[（(][一二三四五六七八九十百\d]+[）)]|\d+(?:[.．](?!\d)|、))\s*/;

export function splitRowLabel(text: string): { number: string; label: string } {
  const match = NUMBERING.exec(text);
  if (!match) return { number: '', label: text };
  return { number: match[0], label: text.slice(match[0].length) };
}
