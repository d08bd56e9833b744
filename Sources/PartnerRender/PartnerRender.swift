// The PartnerRender module; see DESIGN §2.
