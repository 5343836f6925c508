/**
 * The move of a booking as pages do it, for the client's manage link and
 * for staff in admin alike: GET shows the picker (or, with `?start=`, the
 * confirmation), POST moves the booking through `submitForm`, answering
 * a taken time with 409 and the nearest free times.
 */
import { z } from "zod";
import type { Database } from "@/lib/db/database.ts";
import type { BookingSettings } from "@/lib/booking/settings.ts";
import { getActiveService } from "@/lib/booking/availability.ts";
import {
  BookingCancelledError,
  SlotTakenError,
} from "@/lib/booking/bookings.ts";
import { ConflictError, NotFoundError } from "@/lib/errors.ts";
import { submitForm } from "@/lib/http/form_action.ts";
import { redirect } from "@/lib/http/flash.ts";
import { isoInstant, queryDate, queryMonth } from "@/lib/validation.ts";
import type { Locale, MessageKey, Translate } from "@/lib/i18n/mod.ts";
import type { RescheduleStep } from "@/components/booking/Reschedule.tsx";
import { slotPicker } from "./picker.ts";

const stepQuery = z.object({
  month: queryMonth().optional(),
  date: queryDate().optional(),
  start: z.iso.datetime({ offset: true }).optional(),
});

const moveForm = z.object({
  start: isoInstant({ minYear: 2000, maxYear: 2999 }, "booking.invalidSlot"),
});

/** The booking being moved, as the pages know it. */
export interface MovedBooking {
  id: string;
  serviceId: string;
  staffId: string;
}

/** What GET shows: the month of free times, or the move to confirm. */
export async function rescheduleStep(
  db: Database,
  settings: BookingSettings,
  view: { t: Translate; locale: Locale; now: Date },
  booking: MovedBooking,
  url: URL,
  links: { linkBase: string; slotsQuery: string },
): Promise<RescheduleStep> {
  const query = stepQuery.safeParse(Object.fromEntries(url.searchParams));
  if (!query.success) throw new NotFoundError();
  const { month, date, start } = query.data;
  if (start) {
    return {
      step: "confirm",
      start: new Date(start).toISOString(),
      form: {},
    };
  }
  const service = await getActiveService(db, booking.serviceId);
  const picker = await slotPicker(db, settings, view, {
    service,
    staff: booking.staffId,
    month,
    date,
    linkBase: links.linkBase,
    ignoreBookingId: booking.id,
    slotsQuery: links.slotsQuery,
  });
  return { step: "pick", picker };
}

/**
 * Posts the move: 303 to `back` when done; 422 with the form; 409 with
 * the nearest free times; a cancelled booking or a passed cutoff goes
 * back to the booking with a message.
 */
export async function submitReschedule(
  req: Request,
  secure: boolean,
  options: {
    move(start: Date): Promise<void>;
    render(data: RescheduleStep, status: number): Response | Promise<Response>;
    back: string;
    /** The flash after the move. */
    doneMessage: MessageKey;
  },
): Promise<Response> {
  return await submitForm(req, secure, {
    schema: moveForm,
    run: (data) => options.move(new Date(data.start)),
    invalid: (form, status) =>
      options.render({
        step: "confirm",
        start: form.values?.start ?? "",
        form,
      }, status),
    refused: (error) => {
      if (error instanceof SlotTakenError) {
        return options.render({
          step: "conflict",
          alternatives: error.alternatives.map((slot) =>
            new Date(slot.start).toISOString()
          ),
        }, 409);
      }
      if (error instanceof BookingCancelledError) {
        return redirect(options.back, {
          kind: "error",
          message: "booking.manage.isCancelled",
        }, secure);
      }
      if (error instanceof ConflictError && error.code === "CANCEL_CUTOFF") {
        return redirect(options.back, {
          kind: "error",
          message: "booking.manage.tooLate",
        }, secure);
      }
      return undefined;
    },
    done: () => ({
      to: options.back,
      flash: { kind: "success", message: options.doneMessage },
    }),
  });
}
