import { describe, expect, it } from "vitest";
import { LIBELLES_VISIBILITE as LIBELLES_DOMAINE, VISIBILITES as VISIBILITES_DOMAINE } from "../../../domain/experts/visibilite";
import { LIBELLES_VISIBILITE, VISIBILITES } from "./ConsentementLibelles";

describe("libellés du consentement côté web", () => {
  it("disent la même chose que le domaine, dans le même ordre", () => {
    expect(VISIBILITES).toEqual(VISIBILITES_DOMAINE);
    expect(LIBELLES_VISIBILITE).toEqual(LIBELLES_DOMAINE);
  });
});
