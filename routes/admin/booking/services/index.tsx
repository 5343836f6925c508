import type { FreshContext, PageProps } from "@/lib/web/mod.ts";
import {
  listServices,
  type ServiceListRow,
} from "@/lib/booking/admin_services.ts";
import { formatMoney } from "@/lib/i18n/mod.ts";
import { serviceRules } from "@/lib/booking/availability.ts";
import { PageHeader } from "@/components/admin/PageHeader.tsx";
import { EmptyState } from "@/components/admin/EmptyState.tsx";
import { localized } from "@/components/booking/labels.ts";
import type { BookingAdminState } from "../_middleware.ts";
import { DataTable } from "@/components/admin/DataTable.tsx";

interface Data {
  services: ServiceListRow[];
}

/** Every service, active or not, in the order the public page shows them. */
export const handler = {
  async GET(_req: Request, ctx: FreshContext<BookingAdminState, Data>) {
    return ctx.render({
      services: await listServices(ctx.state.services.db),
    });
  },
};

/** A buffer beside a service's duration, if it has one. */
function BufferNote(
  { minutes, text }: { minutes: number; text: (minutes: number) => string },
) {
  return minutes > 0 ? <div class="muted small">{text(minutes)}</div> : null;
}

export default function ServicesPage(
  { state, data }: PageProps<Data, BookingAdminState>,
) {
  const { t, locale } = state;
  const { settings } = state.booking;
  const newService = (
    <a class="button" href="/admin/booking/services/new">
      {t("bookingAdmin.services.new")}
    </a>
  );
  return (
    <>
      <PageHeader
        title={t("bookingAdmin.services.title")}
        intro={t("bookingAdmin.services.intro")}
      >
        {newService}
      </PageHeader>
      {data.services.length
        ? (
          <div class="table-wrap">
            <DataTable
              rows={data.services}
              columns={[
                {
                  label: t("bookingAdmin.service.name"),
                  cell: (service) => (
                    <>
                      <a href={`/admin/booking/services/${service.id}`}>
                        {localized(locale, service.name_en, service.name_de)}
                      </a>
                      <div class="muted small">
                        {localized(locale, service.name_de, service.name_en)}
                      </div>
                    </>
                  ),
                },
                {
                  label: t("bookingAdmin.service.duration"),
                  cell: (service) => (
                    <>
                      {t("booking.minutes", {
                        minutes: service.duration_minutes,
                      })}
                      <BufferNote
                        minutes={serviceRules(settings, service)
                          .bufferBeforeMinutes}
                        text={(minutes) =>
                          t("bookingAdmin.services.bufferBefore", { minutes })}
                      />
                      <BufferNote
                        minutes={serviceRules(settings, service).bufferMinutes}
                        text={(minutes) =>
                          t("bookingAdmin.services.plusBuffer", { minutes })}
                      />
                    </>
                  ),
                },
                {
                  label: t("bookingAdmin.service.price"),
                  cell: (service) =>
                    service.price_cents === 0 ? t("booking.free") : formatMoney(
                      locale,
                      service.price_cents,
                      service.currency,
                    ),
                },
                {
                  label: t("bookingAdmin.service.staff"),
                  cell: (service) =>
                    service.staffNames.length
                      ? service.staffNames.join(", ")
                      : (
                        <span class="muted">
                          {t("bookingAdmin.services.nobody")}
                        </span>
                      ),
                },
                {
                  label: t("booking.field.status"),
                  cell: (service) => (
                    <span
                      class={`badge ${
                        service.active ? "badge-active" : "badge-cancelled"
                      }`}
                    >
                      {t(
                        service.active
                          ? "bookingAdmin.service.isActive"
                          : "bookingAdmin.service.isInactive",
                      )}
                    </span>
                  ),
                },
              ]}
            />
          </div>
        )
        : (
          <EmptyState
            title={t("bookingAdmin.services.noneTitle")}
            text={t("bookingAdmin.services.none")}
          >
            {newService}
          </EmptyState>
        )}
    </>
  );
}
