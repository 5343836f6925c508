/**
 * The client and contact forms of admin → Clients: their zod schemas
 * (messages are catalog keys) and the stored records as form values.
 * Several pages share the client and contact fields, so their names and
 * rules live here once. Contact fields carry a `contact_` prefix because
 * they share a page with client fields.
 */
import { z } from "zod";
import type { Client } from "@/lib/db/schema.ts";
import type {
  ClientInput,
  ContactInput,
  ContactSummary,
} from "@/lib/crm/clients.ts";
import {
  checkbox,
  emailField,
  type FormValues,
  optionalText,
  requiredText,
} from "@/lib/http/forms.ts";
import { localeChoice } from "@/lib/http/form_fields.ts";

const countryCode = optionalText(10)
  .transform((value) => value?.toUpperCase())
  .refine(
    (value) => value === undefined || /^[A-Z]{2}$/.test(value),
    "crm.client.countryInvalid",
  );

const clientShape = {
  company: optionalText(200),
  vat_number: optionalText(50),
  address: optionalText(500),
  postal_code: optionalText(20),
  city: optionalText(100),
  country: countryCode,
  phone: optionalText(50),
  // One line of printable text: it goes into e-invoices (BT-10) as typed.
  buyer_reference: optionalText(100).refine(
    (value) => value === undefined || !/\p{Cc}/u.test(value),
    "form.invalid",
  ),
};

const contactShape = {
  contact_name: requiredText(200),
  contact_email: emailField(),
  contact_phone: optionalText(50),
  contact_locale: localeChoice(),
};

function toContactInput(
  data: z.infer<z.ZodObject<typeof contactShape>>,
): ContactInput {
  return {
    name: data.contact_name,
    email: data.contact_email,
    phone: data.contact_phone,
    locale: data.contact_locale,
  };
}

/** The client details form. */
export const clientForm = z.object(clientShape);

/** A new client with its first contact. */
export const newClientForm = z.object({ ...clientShape, ...contactShape })
  .transform((
    { contact_name, contact_email, contact_phone, contact_locale, ...client },
  ) => ({
    client: client satisfies ClientInput,
    contact: toContactInput({
      contact_name,
      contact_email,
      contact_phone,
      contact_locale,
    }),
  }));

/** Adding a contact to a client. */
export const newContactForm = z.object({
  ...contactShape,
  is_primary: checkbox(),
})
  .transform((data) => ({
    ...toContactInput(data),
    is_primary: data.is_primary,
  }));

/** Editing a contact. */
export const contactForm = z.object({
  ...contactShape,
  is_primary: checkbox(),
  portal_enabled: checkbox(),
}).transform((data) => ({
  ...toContactInput(data),
  is_primary: data.is_primary,
  portal_enabled: data.portal_enabled,
}));

/** Where a domain error on a contact's `email` shows in these forms. */
export const CONTACT_FIELD_NAMES = { email: "contact_email" };

/** Inviting a contact to the portal. */
export const contactIdForm = z.object({ contact_id: z.uuid() });

/** A client's details as form values. */
export function clientFormValues(client: Client): FormValues {
  const values: FormValues = {};
  for (const key of Object.keys(clientShape) as (keyof typeof clientShape)[]) {
    values[key] = client[key] ?? "";
  }
  return values;
}

/** A contact as form values (checkboxes are "on" when set). */
export function contactFormValues(contact: ContactSummary): FormValues {
  return {
    contact_name: contact.name,
    contact_email: contact.email,
    contact_phone: contact.phone ?? "",
    contact_locale: contact.locale,
    ...(contact.is_primary ? { is_primary: "on" } : {}),
    ...(contact.portal_enabled ? { portal_enabled: "on" } : {}),
  };
}
