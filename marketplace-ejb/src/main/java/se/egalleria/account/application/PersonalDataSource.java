package se.egalleria.account.application;

import java.util.List;

/**
 * Another area's share of what the gallery keeps about a person (orders, bookings), so that the
 * download is complete without the account area knowing those areas. Implementations are CDI
 * beans; each reads in the caller's transaction and tenant.
 */
public interface PersonalDataSource {

    /** The key the records appear under in the download, e.g. "orders". */
    String section();

    /** What this area keeps about the account, oldest first. */
    List<?> keptAbout(long accountId);
}
