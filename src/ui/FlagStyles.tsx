import { flagCssVariables } from '../domain/flags';

const CSS = `:root{${flagCssVariables('light')}}@media (prefers-color-scheme: dark){:root{${flagCssVariables('dark')}}}`;

/** The flag colours (domain/flags.ts) as CSS variables, light and dark, for the screens that show flags. */
export function FlagStyles() {
  return <style>{CSS}</style>;
}
