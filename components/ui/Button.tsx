const variants = {
  primary: "bg-slate-900 text-white hover:bg-slate-700",
  secondary: "bg-slate-700 text-white hover:bg-slate-600",
  /** Irreversible acts (merging, retiring). */
  danger: "bg-red-800 text-white hover:bg-red-700",
} as const;

type Props = { variant?: keyof typeof variants; block?: boolean } & React.ButtonHTMLAttributes<HTMLButtonElement>;

export function Button({ variant = "primary", block = false, className = "", type = "submit", ...props }: Props) {
  return (
    <button
      type={type}
      className={`rounded-md px-4 py-2 text-sm font-semibold focus-visible:outline-2 focus-visible:outline-offset-2 focus-visible:outline-slate-900 disabled:cursor-wait disabled:opacity-70 ${variants[variant]} ${block ? "w-full py-2.5 text-base" : ""} ${className}`}
      {...props}
    />
  );
}
