import { Button } from "@/components/ui/button";
import { Field } from "@/components/ui/field";
import { Input } from "@/components/ui/input";

type DeviceCodeEntryProps = { defaultCode?: string; error?: string };

/** The code a terminal shows, typed in: a plain GET form, so it works before any script loads. */
export function DeviceCodeEntry({ defaultCode, error }: DeviceCodeEntryProps) {
  return (
    <div className="grid gap-6">
      <div className="grid gap-1">
        <h1 className="text-xl font-semibold">Sign in a device</h1>
        <p className="text-sm text-muted-foreground">
          Enter the code your terminal shows after <code>keyward login</code>.
        </p>
      </div>
      <form method="get" action="/device" className="grid gap-4">
        <Field label="Code" required error={error} description="8 letters, like BCDF-GHJK.">
          <Input
            name="code"
            defaultValue={defaultCode}
            autoComplete="off"
            autoCapitalize="characters"
            spellCheck={false}
            maxLength={32}
            className="font-mono tracking-widest uppercase"
          />
        </Field>
        <Button type="submit">Continue</Button>
      </form>
    </div>
  );
}
