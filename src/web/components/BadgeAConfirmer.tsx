import { Badge } from "@codegouvfr/react-dsfr/Badge";

/**
 * Before a rule that could not be checked against the official text (docs LEGAL.md §7): the
 * user must see it is not settled law. Same words everywhere, so that it can be searched for.
 */
export function BadgeAConfirmer() {
  return (
    <>
      <Badge as="span" small severity="warning">
        À confirmer
      </Badge>{" "}
    </>
  );
}
