using Disclosure.Generator.Privacy;
using Disclosure.Generator.Tests.Support;

namespace Disclosure.Generator.Tests.Privacy;

public sealed class VehiclePlateDetectorTests
{
    [Theory]
    [InlineData("车牌号为辽K12345的轿车", 7)]
    [InlineData("车牌号为鄂A8B3C9的轿车", 7)]
    [InlineData("车牌号为粤BD12345的轿车", 8)]
    [InlineData("车牌号为粤B12345D的轿车", 8)]
    [InlineData("车牌号为辽K·12345的轿车", 8)]
    [InlineData("车牌号为辽K1234挂的挂车", 7)]
    [InlineData("车牌号为辽Ｋ１２３４５的轿车", 7)]
    public void Plates_including_new_energy_and_trailer_plates_are_found(string text, int length)
    {
        ScanAssert.Finds(text, PersonalDataKind.VehiclePlate, "vehicle_plate.ga36", 1, 5, length);
    }

    [Theory]
    [InlineData("辽KI2345")]
    [InlineData("辽K1234")]
    [InlineData("青A级景区")]
    [InlineData("县道 X216、国道 G318，螺纹钢 HRB400")]
    [InlineData("辽KABCDE")]
    public void Codes_that_are_not_plates_are_not_reported(string text)
    {
        ScanAssert.Clean(text);
    }
}
