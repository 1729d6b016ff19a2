import * as React from 'react';
import { BlocksRenderer } from '@strapi/blocks-react-renderer';
import { blocksContent } from './blocks-shape';
import { safeImageSrc, safeLinkHref } from './safe-url';

/** A link is drawn only to web and mail addresses; any other URL leaves its text as plain text. */
function Link({ url, children }: { url: string; children?: React.ReactNode }) {
  const href = safeLinkHref(url);
  if (!href) return <>{children}</>;
  return (
    <a href={href} rel="noopener noreferrer">
      {children}
    </a>
  );
}

/** The report title is h1 and section headings h2, so headings inside a body start at h3. */
function Heading({ level, children }: { level: number; children?: React.ReactNode }) {
  const Tag = `h${Math.min(6, level + 2)}` as 'h3';
  return <Tag className="ar-block-heading">{children}</Tag>;
}

function Image({ image }: { image: { url: string; alternativeText?: string | null } }) {
  const src = safeImageSrc(image.url);
  const alt = image.alternativeText ?? '';
  if (!src) return alt ? <span className="ar-image-missing">{alt}</span> : null;
  return <img className="ar-image" src={src} alt={alt} />;
}

const blocks = { link: Link, heading: Heading, image: Image };

/**
 * Rich text of a preface or section body (Strapi blocks), drawn without any raw HTML. Nothing at
 * all when there is no text: an empty box between a heading and its table would let a page break
 * in between (break-after: avoid holds only against the next box).
 */
export function Blocks({ content, className }: { content: unknown; className: string }) {
  const nodes = blocksContent(content);
  if (nodes.length === 0) return null;
  return (
    <div className={className}>
      <BlocksRenderer content={nodes} blocks={blocks} />
    </div>
  );
}
