package io.deviceward.device;

import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.criteria.Selection;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.springframework.data.domain.Sort;
import org.springframework.data.jpa.repository.query.QueryUtils;
import org.springframework.stereotype.Component;

/**
 * The device grid's rows ({@link DeviceRow}) as a projection of the columns the list shows, for
 * {@link DeviceService#listRows}: no entities, no posture dates, nothing for the persistence context to keep.
 * The caller's transaction and tenant filter apply.
 */
@Component
class DeviceRowQueries {
    @PersistenceContext
    private EntityManager entityManager;

    /** The list's columns of the matching devices (or of these ids), one statement. */
    List<DeviceRow> rows(DeviceFilter filter, List<UUID> ids, Sort sort, long offset, int limit) {
        var cb = entityManager.getCriteriaBuilder();
        var query = cb.createQuery(Object[].class);
        var root = query.from(Device.class);
        var posture = root.get("posture");
        List<Selection<?>> columns = new ArrayList<>(List.of(
                root.get("id"),
                root.get("name"),
                root.get("category"),
                root.get("manufacturer"),
                root.get("model"),
                root.get("serialNumber"),
                root.get("ipAddresses"),
                root.get("location"),
                root.get("status")));
        for (PostureItem item : PostureItem.values())
            columns.add(posture.get(item.key()).get("state"));
        query.multiselect(columns);
        query.where(
                ids == null
                        ? DeviceSpecifications.matching(filter).toPredicate(root, query, cb)
                        : root.get("id").in(ids));
        query.orderBy(QueryUtils.toOrders(sort, root, cb));
        return entityManager
                .createQuery(query)
                .setFirstResult((int) offset)
                .setMaxResults(limit)
                .getResultList()
                .stream()
                .map(DeviceRowQueries::row)
                .toList();
    }

    @SuppressWarnings("unchecked")
    private static DeviceRow row(Object[] c) {
        int unknown = 0;
        for (int i = 9; i < c.length; i++) if (c[i] == Answer.UNKNOWN) unknown++;
        List<String> ips = (List<String>) c[6];
        return new DeviceRow(
                (UUID) c[0],
                (String) c[1],
                (String) c[2],
                c[3] + " " + c[4],
                (String) c[5],
                ips == null ? "" : String.join(", ", ips),
                (String) c[7],
                (DeviceStatus) c[8],
                c[9 + PostureItem.FIREWALL.ordinal()] == Answer.NO,
                c[9 + PostureItem.BACKUP.ordinal()] == Answer.NO,
                unknown);
    }
}
