import { styled } from 'styled-components';

interface DesignTheme {
  colors: Record<string, string>;
  spaces: string[];
  borderRadius: string;
}
const theme = (props: { theme: unknown }) => props.theme as DesignTheme;

/** A list entry the editor clicks to go to the place it names: plain text, no button chrome. */
export const ItemButton = styled.button`
  display: block;
  width: 100%;
  text-align: left;
  background: none;
  border: 0;
  border-radius: ${(props) => theme(props).borderRadius};
  padding: ${(props) => theme(props).spaces[2]};
  cursor: pointer;
  color: inherit;
  font: inherit;

  &:hover {
    background: ${(props) => theme(props).colors.neutral100};
  }

  &:focus-visible {
    outline: 2px solid ${(props) => theme(props).colors.primary600};
    outline-offset: -2px;
  }
`;
