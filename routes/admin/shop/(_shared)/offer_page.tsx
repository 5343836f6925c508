/**
 * The page of one product or package: its handlers (edit, delete one
 * nobody ordered) and its header. Products and packages differ only in
 * their form and the domain functions they call, which each route gives.
 */
import type { z } from "zod";
import type { FreshContext, Handlers } from "@/lib/web/mod.ts";
import type { State } from "@/lib/http/state.ts";
import type { Actor } from "@/lib/audit.ts";
import type { Database } from "@/lib/db/database.ts";
import type { Package, Product } from "@/lib/db/schema.ts";
import { ConflictError } from "@/lib/errors.ts";
import { redirect } from "@/lib/http/flash.ts";
import { submitForm } from "@/lib/http/form_action.ts";
import {
  formIntent,
  type FormState,
  type FormValues,
} from "@/lib/http/forms.ts";
import { assertStaff, staffActor } from "@/lib/http/guards.ts";
import { uuidParam } from "@/lib/http/params.ts";
import type { Locale } from "@/lib/i18n/mod.ts";
import { PageHeader } from "@/components/admin/PageHeader.tsx";
import { PostButton } from "@/components/PostButton.tsx";
import { ActiveBadge } from "@/components/shop/ShopBadges.tsx";
import { localizedName } from "@/components/shop/format.ts";

type Offer = Product | Package;

export interface OfferPageData<O extends Offer> {
  offer: O;
  /** The products a package may hold (empty on a product's page). */
  products: Product[];
  form: FormState;
}

/** What a product or package page gives: its noun, form and domain calls. */
export interface OfferKind<O extends Offer, S extends z.ZodType> {
  noun: "product" | "package";
  schema: S;
  load(
    db: Database,
    id: string,
    locale: Locale,
  ): Promise<{ offer: O; values: FormValues; products: Product[] }>;
  update(
    db: Database,
    actor: Actor,
    id: string,
    input: z.infer<S>,
    now: Date,
  ): Promise<void>;
  remove(db: Database, actor: Actor, id: string, now: Date): Promise<void>;
}

/** The GET and POST handlers of a product or package page. */
export function offerHandlers<O extends Offer, S extends z.ZodType>(
  kind: OfferKind<O, S>,
): Handlers<OfferPageData<O>, State> {
  type Ctx = FreshContext<State, OfferPageData<O>>;
  const page = (id: string) => `/admin/shop/${kind.noun}s/${id}`;

  async function show(ctx: Ctx, id: string, form?: FormState, status = 200) {
    const { db } = ctx.state.services;
    const { offer, values, products } = await kind.load(
      db,
      id,
      ctx.state.locale,
    );
    return ctx.render({ offer, products, form: form ?? { values } }, {
      status,
    });
  }

  async function remove(ctx: Ctx, id: string) {
    const { db, now } = ctx.state.services;
    try {
      await kind.remove(db, staffActor(ctx.state), id, now());
    } catch (error) {
      if (!(error instanceof ConflictError)) throw error;
      return redirect(page(id), {
        kind: "error",
        message: `shopAdmin.${kind.noun}.inUse`,
      }, ctx.state.secure);
    }
    return redirect("/admin/shop", {
      kind: "success",
      message: `shopAdmin.${kind.noun}.deleted`,
    }, ctx.state.secure);
  }

  return {
    GET(_req, ctx) {
      assertStaff(ctx.state);
      return show(ctx, uuidParam(ctx.params.id));
    },
    async POST(req, ctx) {
      const actor = staffActor(ctx.state);
      const id = uuidParam(ctx.params.id);
      if (await formIntent(req) === "delete") return await remove(ctx, id);
      const { db, now } = ctx.state.services;
      return await submitForm(req, ctx.state.secure, {
        schema: kind.schema,
        run: (input) => kind.update(db, actor, id, input, now()),
        invalid: (form, status) => show(ctx, id, form, status),
        done: () => ({
          to: page(id),
          flash: { kind: "success", message: `shopAdmin.${kind.noun}.saved` },
        }),
      });
    },
  };
}

/** The title, status, shop link and delete button of an offer's page. */
export function OfferPageHeader(
  { state, offer }: { state: State; offer: Offer },
) {
  const { t, locale } = state;
  return (
    <PageHeader
      title={localizedName(locale, offer)}
      back={{ href: "/admin/shop", label: t("shopAdmin.catalog.back") }}
    >
      <ActiveBadge active={offer.active} t={t} />
      {offer.active && (
        <a class="button button-secondary" href={`/shop/${offer.slug}`}>
          {t("shopAdmin.offer.view")}
        </a>
      )}
      <PostButton
        csrf={state.csrf}
        label={t("shopAdmin.offer.delete")}
        fields={{ intent: "delete" }}
        variant="danger"
      />
    </PageHeader>
  );
}
