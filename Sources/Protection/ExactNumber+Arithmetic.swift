extension ExactNumber {
    /// `self - other`, exactly; nil on overflow.
    public func subtracting(_ other: ExactNumber) -> ExactNumber? {
        let scale = max(self.scale, other.scale)
        func at(_ n: ExactNumber, _ k: UInt8) -> Int64? {
            var s = n.significand
            for _ in n.scale..<k {
                let (r, o) = s.multipliedReportingOverflow(by: 10)
                if o { return nil }
                s = r
            }
            return s
        }
        guard let x = at(self, scale), let y = at(other, scale) else { return nil }
        let (d, o) = x.subtractingReportingOverflow(y)
        return o ? nil : ExactNumber(significand: d, scale: scale)
    }

    public var magnitude: ExactNumber { ExactNumber(significand: significand.magnitude > UInt64(Int64.max) ? Int64.max : Int64(significand.magnitude), scale: scale) }
}
