// The reference for `npm run bench -- first-load`: a page with no client component of its own, so
// the JavaScript a browser loads for it is what Next.js and React weigh by themselves.
export default function Page() {
  return (
    <main>
      <h1>Sign in</h1>
      <form method="post">
        <label>
          Email <input name="email" type="email" />
        </label>
        <button type="submit">Sign in</button>
      </form>
    </main>
  );
}
