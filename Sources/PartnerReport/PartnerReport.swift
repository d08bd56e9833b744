// The PartnerReport module; see DESIGN §2.
