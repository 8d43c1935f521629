using Disclosure.Generator.Privacy;

namespace Disclosure.Generator.Tests.Privacy;

public sealed class ScanMatchSetTests
{
    [Fact]
    public void A_hit_overlapping_a_claimed_span_is_refused_before_and_after_commit()
    {
        var set = new ScanMatchSet();
        set.TryAdd(Hit(10, 5));

        var beforeCommit = set.TryAdd(Hit(12, 5));
        set.Commit();
        var afterCommit = set.TryAdd(Hit(8, 3));
        var beside = set.TryAdd(Hit(15, 2));

        Assert.Equal((false, false, true), (beforeCommit, afterCommit, beside));
        Assert.Equal([10, 15], set.Matches.Select(m => m.Start));
    }

    [Fact]
    public void An_allowed_span_blocks_later_hits_but_is_not_a_hit()
    {
        var set = new ScanMatchSet();
        set.Allow(0, 11);
        set.Commit();

        var added = set.TryAdd(Hit(0, 11));

        Assert.False(added);
        Assert.Empty(set.Matches);
        Assert.True(set.Overlaps(5, 6));
        Assert.False(set.Overlaps(11, 12));
    }

    [Fact]
    public void Claims_from_several_detectors_merge_in_order()
    {
        var set = new ScanMatchSet();
        set.TryAdd(Hit(0, 2));
        set.TryAdd(Hit(20, 2));
        set.Commit();
        set.TryAdd(Hit(10, 2));
        set.TryAdd(Hit(30, 2));
        set.Commit();

        var overlaps = new[] { 1, 11, 21, 31, 5 }.Select(p => set.Overlaps(p, p + 1));

        Assert.Equal([true, true, true, true, false], overlaps);
    }

    private static ScanMatch Hit(int start, int length) => new(start, length, PersonalDataKind.Phone, "phone.mobile", "***");
}
