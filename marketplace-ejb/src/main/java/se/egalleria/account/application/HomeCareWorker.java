package se.egalleria.account.application;

import java.util.List;

/**
 * A home-care worker as the administrator sees them: {@code status} ACTIVE once they accepted the
 * invitation (INVITED before), and the residents assigned to them now.
 */
public record HomeCareWorker(long accountId, String name, String email, String status,
                             List<AssignmentView> residents) {

    public HomeCareWorker {
        residents = List.copyOf(residents);
    }
}
