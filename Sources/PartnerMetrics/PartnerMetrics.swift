// The PartnerMetrics module; see DESIGN §2.
