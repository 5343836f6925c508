import type { FreshContext, PageProps } from "@/lib/web/mod.ts";
import {
  listServices,
  type ServiceListRow,
} from "@/lib/booking/admin_services.ts";
import { formatMoney } from "@/lib/i18n/mod.ts";
import { PageHeader } from "@/components/admin/PageHeader.tsx";
import { EmptyState } from "@/components/admin/EmptyState.tsx";
import { localized } from "@/components/booking/labels.ts";
import type { BookingAdminState } from "../_middleware.ts";

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

export default function ServicesPage(
  { state, data }: PageProps<Data, BookingAdminState>,
) {
  const { t, locale } = state;
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
            <table>
              <thead>
                <tr>
                  <th scope="col">{t("bookingAdmin.service.name")}</th>
                  <th scope="col">{t("bookingAdmin.service.duration")}</th>
                  <th scope="col">{t("bookingAdmin.service.price")}</th>
                  <th scope="col">{t("bookingAdmin.service.staff")}</th>
                  <th scope="col">{t("booking.field.status")}</th>
                </tr>
              </thead>
              <tbody>
                {data.services.map((service) => (
                  <tr>
                    <td>
                      <a href={`/admin/booking/services/${service.id}`}>
                        {localized(locale, service.name_en, service.name_de)}
                      </a>
                      <div class="muted small">
                        {localized(locale, service.name_de, service.name_en)}
                      </div>
                    </td>
                    <td>
                      {t("booking.minutes", {
                        minutes: service.duration_minutes,
                      })}
                      {service.buffer_minutes > 0 && (
                        <div class="muted small">
                          {t("bookingAdmin.services.plusBuffer", {
                            minutes: service.buffer_minutes,
                          })}
                        </div>
                      )}
                    </td>
                    <td>
                      {service.price_cents === 0
                        ? t("booking.free")
                        : formatMoney(
                          locale,
                          service.price_cents,
                          service.currency,
                        )}
                    </td>
                    <td>
                      {service.staffNames.length
                        ? service.staffNames.join(", ")
                        : (
                          <span class="muted">
                            {t("bookingAdmin.services.nobody")}
                          </span>
                        )}
                    </td>
                    <td>
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
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
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
