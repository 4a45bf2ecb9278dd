type CredentialsHeadingProps = {
  /** The heading's id, for the section's aria-labelledby. */
  id: string;
  /** Focus lands on the heading when the row that opened a dialog has left the page. */
  headingRef: React.Ref<HTMLHeadingElement>;
  title: string;
  /** What the credentials are for, and how many are used. */
  children: React.ReactNode;
  /** The create button, where there is one. */
  action?: React.ReactNode;
};

/** The top of the tokens and keys sections: heading and description, with the create button beside. */
export function CredentialsHeading({ id, headingRef, title, children, action }: CredentialsHeadingProps) {
  return (
    <div className="flex flex-wrap items-start justify-between gap-3">
      <div className="grid max-w-prose gap-1">
        <h2 ref={headingRef} id={id} tabIndex={-1} className="text-lg font-medium">
          {title}
        </h2>
        <p className="text-sm text-muted-foreground">{children}</p>
      </div>
      {action}
    </div>
  );
}
