import { PasswordInput } from "@codegouvfr/react-dsfr/blocks/PasswordInput";
import { Input } from "@codegouvfr/react-dsfr/Input";
import { Select } from "@codegouvfr/react-dsfr/Select";
import type { InputHTMLAttributes, ReactNode, SelectHTMLAttributes, TextareaHTMLAttributes } from "react";

/**
 * The form fields of the web app: DSFR inputs whose error (`erreur`, from useFormulaire)
 * shows under the field, linked to it (aria-describedby, by the DSFR component) and flagged
 * (aria-invalid), so that every form says what is wrong the same way.
 */

type Commun = {
  label: ReactNode;
  hintText?: ReactNode;
  className?: string;
  /** The field's message, in a sentence; undefined when the field is fine. */
  erreur?: string | undefined;
  valeur: string;
  changer: (valeur: string) => void;
};

const invalide = (erreur: string | undefined) => (erreur === undefined ? undefined : true);

type Natif<T> = Omit<T, "value" | "onChange" | "aria-invalid"> & { id: string };

export function ChampSaisie({ label, hintText, className, erreur, valeur, changer, ...natif }: Commun & Natif<InputHTMLAttributes<HTMLInputElement>>) {
  return (
    <Input
      label={label}
      hintText={hintText}
      className={className}
      state={erreur === undefined ? "default" : "error"}
      stateRelatedMessage={erreur}
      nativeInputProps={{ ...natif, value: valeur, "aria-invalid": invalide(erreur), onChange: (e) => changer(e.target.value) }}
    />
  );
}

export function ChampChoix({
  label,
  hintText,
  className,
  erreur,
  valeur,
  changer,
  children,
  ...natif
}: Commun & Natif<SelectHTMLAttributes<HTMLSelectElement>> & { children: ReactNode }) {
  return (
    <Select
      label={label}
      hint={hintText}
      className={className}
      state={erreur === undefined ? "default" : "error"}
      stateRelatedMessage={erreur}
      nativeSelectProps={{ ...natif, value: valeur, "aria-invalid": invalide(erreur), onChange: (e) => changer(e.target.value) }}
    >
      {children}
    </Select>
  );
}

/** A textarea, wired like the fields above: its error under it, flagged and linked. */
export function ChampTexteLong({
  label,
  hintText,
  erreur,
  valeur,
  changer,
  ...natif
}: { label: ReactNode; hintText?: ReactNode; erreur: string | undefined; valeur: string; changer: (v: string) => void } & Omit<
  TextareaHTMLAttributes<HTMLTextAreaElement>,
  "value" | "onChange" | "aria-invalid"
> & { id: string }) {
  return (
    <Input
      textArea
      label={label}
      hintText={hintText}
      state={erreur === undefined ? "default" : "error"}
      stateRelatedMessage={erreur}
      nativeTextAreaProps={{ ...natif, value: valeur, "aria-invalid": erreur === undefined ? undefined : true, onChange: (e) => changer(e.target.value) }}
    />
  );
}

/** A password, with the DSFR's "show" toggle; `regles` are what it must contain, listed under it. */
export function ChampMotDePasse({
  label,
  className,
  erreur,
  valeur,
  changer,
  regles = [],
  ...natif
}: Omit<Commun, "hintText"> & { regles?: string[] } & Natif<Omit<InputHTMLAttributes<HTMLInputElement>, "type">>) {
  return (
    <PasswordInput
      label={label}
      className={className}
      messagesHint={regles.length === 0 ? "" : "Votre mot de passe doit contenir :"}
      messages={[
        ...regles.map((r) => ({ severity: "info" as const, message: r })),
        ...(erreur === undefined ? [] : [{ severity: "error" as const, message: erreur }]),
      ]}
      nativeInputProps={{ ...natif, value: valeur, "aria-invalid": invalide(erreur), onChange: (e) => changer(e.target.value) }}
    />
  );
}
