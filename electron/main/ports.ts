/**
 * What the Electron-free core needs from the desktop shell. The shell implements it (shell/printing.ts); the
 * browser host has none, and the renderer then prints with the browser's own print dialog.
 */
export type ShellPort = {
  /** Opens the system print dialog for the given document HTML; false when the user cancelled. */
  printHtml(html: string): Promise<boolean>;
  /** Renders the HTML to PDF and asks where to save it; the path, or null when the user cancelled. */
  saveHtmlAsPdf(html: string, suggestedName: string): Promise<string | null>;
};
