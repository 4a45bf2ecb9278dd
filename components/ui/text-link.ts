/**
 * Classes for a link in running text: primary colour and always underlined, so it reads as a link
 * without relying on colour alone (WCAG 1.4.1); hovering thickens the line.
 */
export const textLinkClasses = "font-medium text-primary underline underline-offset-4 hover:decoration-2";
