// The reference page's root layout: html and body, nothing else.
export const metadata = { title: "Bare Next.js" };

export default function RootLayout({ children }) {
  return (
    <html lang="en">
      <body>{children}</body>
    </html>
  );
}
