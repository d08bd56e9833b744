import Mustache

// The values templates read thousands of times per report — a cell per organization and measure,
// a reason per suggestion — answer by name instead of through `Mirror`, which swift-mustache uses
// otherwise and which made rendering the pages a third of the report's time. Names are the stored
// properties' names, as the templates spell them; an unknown name is `nil`, as with `Mirror`, so the
// template looks further up its context.

extension RegionPage.TableCell: MustacheParent {
    func child(named name: String) -> Any? {
        switch name {
        case "text": text
        case "value": value
        case "numeric": numeric
        default: nil
        }
    }
}

extension RegionPage.Row: MustacheParent {
    func child(named name: String) -> Any? { name == "cells" ? cells : nil }
}

extension Cell: MustacheParent {
    func child(named name: String) -> Any? {
        switch name {
        case "text": text
        case "value": value
        default: nil
        }
    }
}

extension Figure: MustacheParent {
    func child(named name: String) -> Any? {
        switch name {
        case "label": label
        case "value": value
        default: nil
        }
    }
}

extension RegionFindings.Reason: MustacheParent {
    func child(named name: String) -> Any? {
        switch name {
        case "text": text
        case "lang": lang
        default: nil
        }
    }
}

extension RegionFindings.Item: MustacheParent {
    func child(named name: String) -> Any? {
        switch name {
        case "kind": kind
        case "text": text
        default: nil
        }
    }
}

extension SectorHeatmap.HeatCell: MustacheParent {
    func child(named name: String) -> Any? {
        switch name {
        case "text": text
        case "title": title
        case "background": background
        case "foreground": foreground
        default: nil
        }
    }
}
