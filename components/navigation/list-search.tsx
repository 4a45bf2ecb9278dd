import Form from "next/form";
import { Button } from "@/components/ui/button";
import { Input } from "@/components/ui/input";

type ListSearchProps = {
  /** The list's page: the search submits there as ?q=, starting from its first page. */
  action: string;
  /** The search landmark's name, e.g. "Websites". */
  label: string;
  /** The field's accessible label, e.g. "Search websites by name or domain". */
  fieldLabel: string;
  placeholder: string;
  query: string;
  id: string;
};

/** A list's search box: a plain GET form, so it works before hydration and keeps the URL shareable. */
export function ListSearch({ action, label, fieldLabel, placeholder, query, id }: ListSearchProps) {
  return (
    <Form action={action} role="search" aria-label={label} className="flex max-w-md gap-2">
      <label htmlFor={id} className="sr-only">
        {fieldLabel}
      </label>
      <Input id={id} type="search" name="q" defaultValue={query} maxLength={100} placeholder={placeholder} />
      <Button type="submit" variant="secondary">
        Search
      </Button>
    </Form>
  );
}
