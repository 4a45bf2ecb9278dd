import type { LeakNotice } from "@/lib/leak-reports/leak-notices";

type LeakNoticesProps = { notices: LeakNotice[]; label: string };

/** Recently revoked credentials that were found public, each with where. */
export function LeakNotices({ notices, label }: LeakNoticesProps) {
  if (notices.length === 0) return null;
  return (
    <section
      aria-label={label}
      className="rounded-md border border-red-300 bg-red-50 p-4 text-sm text-red-900"
    >
      <h2 className="font-medium">{label}</h2>
      <ul className="mt-2 grid gap-1">
        {notices.map((notice) => (
          <li key={notice._id}>
            <span className="font-medium">{notice.name}</span> <code>{notice.displayKey}</code>{" "}
            <span className="break-all">{`Revoked because it was found public at ${notice.leakUrl}`}</span>{" "}
            <time dateTime={notice.revokedAt}>{notice.revokedAt.slice(0, 10)}</time>
          </li>
        ))}
      </ul>
    </section>
  );
}
