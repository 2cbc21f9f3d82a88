import clsx from "clsx";

/** A unified diff, lines coloured by what they do; the file headers are left out. */
export function DiffView({ diff, label }: { diff: string; label: string }) {
  const lines = diff.split("\n").filter((line) => !/^(={3,}|-{3} |\+{3} |Index: )/.test(line));
  return (
    <pre aria-label={label} className="max-h-96 overflow-auto rounded-md border border-zinc-200 bg-zinc-50 p-2 font-mono text-xs leading-5 dark:border-zinc-800 dark:bg-zinc-950">
      {lines.map((line, i) => (
        <div key={i} className={clsx(line.startsWith("+") && "bg-emerald-100 text-emerald-900 dark:bg-emerald-500/15 dark:text-emerald-200", line.startsWith("-") && "bg-red-100 text-red-900 dark:bg-red-500/15 dark:text-red-200", line.startsWith("@@") && "text-zinc-500")}>
          {line || " "}
        </div>
      ))}
    </pre>
  );
}
