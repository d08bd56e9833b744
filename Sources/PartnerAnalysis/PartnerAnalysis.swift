// The PartnerAnalysis module; see DESIGN §2.
