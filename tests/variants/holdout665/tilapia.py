"""罗非鱼池塘养殖: gy01–gy06 of the 665th held-out set."""

from __future__ import annotations

from tests.variants.holdout665.common import (
    HEAD_ONE,
    HEAD_OP,
    HEAD_TWO,
    indicators,
    multi_year,
    new,
    note,
    one_year,
    project,
    sign,
)
from tests.variants.holdout665.registry import variant
from tests.variants.kit import Book, day, mk, pct


@variant("gy01-tilapia-percent-cells", (1, 12),
         "project, OLD-NAT, operator and unit columns, typed percent cells, 万元 in the number "
         "format, two unit costs adding exactly to the money (correct)")  # fmt: skip
def gy01() -> Book:
    b, s = new()
    project(s, name="鹭滩镇罗非鱼标准化池塘改造项目", unit="澄湾县水产技术推广站",
            money=one_year(60, 52, 8),
            goals=["改造罗非鱼标准化池塘120亩（其中苗种培育池20亩），配套增氧机48台，"
                   "亩产达到1.8吨以上，病害发生率控制在5%以内。"])  # fmt: skip
    indicators(s, HEAD_OP, [
        ("产出指标", "数量指标", "标准化池塘改造面积", "≥", 120, "亩"),
        (None, None, "其中：苗种培育池改造面积", "≥", 20, "亩"),
        (None, None, "配套增氧机数量", "≥", 48, "台"),
        (None, "质量指标", "改造池塘验收合格率", "=", pct(1), "%"),
        (None, None, "罗非鱼病害发生率", "≤", pct(0.05), "%"),
        (None, "时效指标", "改造工程完工时间", "≤", day(2025, 10, 31), "日期"),
        (None, "成本指标", "池塘改造每亩补助标准", "≤", 0.4, "万元/亩"),
        (None, None, "增氧机每台补助标准", "≤", 0.25, "万元/台"),
        ("效益指标", "经济效益指标", "罗非鱼亩产", "≥", 1.8, "吨/亩"),
        (None, None, "饲料系数下降率", "≥", pct(0.08), "%"),
        (None, "生态效益指标", "养殖尾水循环利用率", "≥", pct(0.6), "%"),
        (None, "可持续影响指标", "改造池塘使用年限", "≥", 10, "年"),
        ("满意度指标", "服务对象满意度指标", "参与养殖户满意度", "≥", pct(0.9), "%"),
    ])  # fmt: skip
    sign(s, "冯锦澜", "0736-5821147", day(2024, 11, 26))
    return b


@variant("gy02-tilapia-goal-against-indicators", (12,),
         "project, OLD-NAT, one value column: the area and the deadline differ from the 年度目标, "
         "the unit cost times the area exceeds the money")  # fmt: skip
def gy02() -> Book:
    b, s = new()
    project(s, name="苇塘乡罗非鱼池塘提质增效项目", unit="苇塘乡农业综合服务中心",
            money=one_year(70, 60, 10),
            goals=["完成罗非鱼养殖池塘清淤改造150亩，建设投饵平台30座，"
                   "2025年11月底前全部完工并投入生产。"])  # fmt: skip
    indicators(s, HEAD_ONE, [
        ("产出指标", "数量指标", "池塘清淤改造面积",
         mk("≥130亩", "D104", "warning", row=True, note="年度目标写清淤改造150亩")),
        (None, None, "投饵平台建设数量", "≥30座"),
        (None, "质量指标", "清淤工程验收合格率", pct(1)),
        (None, "时效指标", "清淤改造完工时间",
         mk("2026年3月31日前", "Y102", "error", alt=("D104", "Y103"),
            note="一年期项目，预算年度2025年；年度目标写2025年11月底前完工")),
        (None, "成本指标", "池塘清淤改造每亩补助标准",
         mk("≤0.6万元/亩", "B107", "warning", row=True,
            note="0.6万元/亩×130亩=78万元，超过年度资金70万元")),
        ("效益指标", "经济效益指标", "改造池塘亩均增收", "≥1500元"),
        (None, "生态效益指标", "池塘底泥清除量", "≥2.4万立方米"),
        ("满意度指标", "服务对象满意度指标", "养殖户满意度", "≥90%"),
    ])  # fmt: skip
    sign(s, "柏秋实", "0736-5830962", day(2024, 12, 3))
    return b


@variant("gy03-tilapia-stacked-two", (2,),
         "two projects stacked in one sheet, OLD-NAT, one value column, the same indicator names "
         "with different values in the two projects (correct)")  # fmt: skip
def gy03() -> Book:
    b, s = new()
    project(
        s,
        name="黛湖镇罗非鱼良种扩繁场建设项目",
        unit="黛湖镇水产站",
        money=one_year(45, 40, 5),
        goals=["扩繁吉富罗非鱼良种苗种800万尾，建设亲鱼培育池12口，供应本镇及周边养殖户。"],
    )
    indicators(s, HEAD_ONE, [
        ("产出指标", "数量指标", "良种苗种扩繁数量", "≥800万尾"),
        (None, None, "亲鱼培育池建设数量", "12口"),
        (None, "质量指标", "苗种质量合格率", "≥95%"),
        (None, "时效指标", "苗种供应完成时间", "2025年6月30日前"),
        (None, "成本指标", "亲鱼培育池每口建设成本", "≤2.5万元/口"),
        ("效益指标", "社会效益指标", "带动养殖户户数", "≥60户"),
        ("满意度指标", "服务对象满意度指标", "养殖户满意度", "≥90%"),
    ])  # fmt: skip
    s.skip()
    project(
        s,
        name="黛湖镇罗非鱼冷链加工配套项目",
        unit="黛湖镇水产站",
        title="",
        money=one_year(30, 30, 0),
        goals=["配套建设冷库1座（容量200吨），年加工罗非鱼片1500吨。"],
    )
    indicators(s, HEAD_ONE, [
        ("产出指标", "数量指标", "冷库建设数量", "1座"),
        (None, None, "冷库容量", "≥200吨"),
        (None, None, "罗非鱼片加工量", "≥1500吨"),
        (None, "质量指标", "产品抽检合格率", "≥98%"),
        (None, "时效指标", "冷库建成时间", "2025年9月30日前"),
        (None, "成本指标", "冷库建设成本", "≤28万元"),
        ("效益指标", "社会效益指标", "加工环节新增就业人数", "≥25人"),
        ("满意度指标", "服务对象满意度指标", "养殖户满意度", "≥85%"),
    ])  # fmt: skip
    sign(s, "钟以宁", "0736-5917305", day(2024, 11, 12))
    return b


@variant("gy04-tilapia-stacked-defects", (2, 12),
         "two projects stacked, OLD-NAT, one value column: the second project's money does not "
         "add up, its goal keeps last year's deadline, and one indicator twice")  # fmt: skip
def gy04() -> Book:
    b, s = new()
    project(
        s,
        name="砚河县罗非鱼苗种补贴项目",
        unit="砚河县水产技术推广站",
        dept="砚河县农业农村局（428011）",
        money=one_year(36, 30, 6),
        goals=["为全县罗非鱼养殖户补贴优质苗种600万尾，每万尾补贴0.05万元。"],
    )
    indicators(s, HEAD_ONE, [
        ("产出指标", "数量指标", "补贴苗种数量", "≥600万尾"),
        (None, "质量指标", "补贴苗种质量合格率", "≥95%"),
        (None, "时效指标", "补贴资金兑付时间", "2025年8月31日前"),
        (None, "成本指标", "每万尾苗种补贴标准", "≤0.05万元/万尾"),
        ("效益指标", "社会效益指标", "受益养殖户户数", "≥150户"),
        ("满意度指标", "服务对象满意度指标", "养殖户满意度", "≥90%"),
    ])  # fmt: skip
    s.skip()
    total = mk(25, "B101", "error", note="财政拨款20万元+其他资金8万元=28万元，不是25万元")
    goal = mk("设立罗非鱼病害监测点15个，于2024年12月底前完成全县罗非鱼池塘病害普查，"
              "病害发生率控制在5%以内。", "Y103", "warning", alt=("Y102", "Y101"),
              note="2025年度的项目把普查期限写成2024年12月底：上一季留下的年份")  # fmt: skip
    project(
        s,
        name="砚河县罗非鱼病害防控项目",
        unit="砚河县水产技术推广站",
        title="",
        dept="砚河县农业农村局（428011）",
        money=one_year(total, 20, 8),
        goals=[goal],
    )
    indicators(s, HEAD_ONE, [
        ("产出指标", "数量指标", "病害监测点数量", "≥15个"),
        (None, None, "池塘病害普查面积", "≥3000亩"),
        (None, None, mk("病害监测点位数量", "D103", "warning", row=True, alt=("D101", "D102"),
                        note="与本项目第一行的病害监测点数量是同一指标，值却是12个"), "≥12个"),
        (None, "质量指标", "病害检测报告准确率", "≥95%"),
        (None, "时效指标", "监测数据报送时限", "≤3个工作日"),
        (None, "成本指标", "每个监测点年运行成本", "≤1.2万元/个"),
        ("效益指标", "生态效益指标", "渔药使用量下降率", "≥10%"),
        (None, "社会效益指标", "罗非鱼病害发生率", "≤5%"),
        ("满意度指标", "服务对象满意度指标", "养殖户满意度", "≥90%"),
    ])  # fmt: skip
    sign(s, "闵书远", "0738-6620418", day(2024, 11, 28))
    return b


@variant("gy05-tilapia-three-year", (8,),
         "three-year project, NAT-2021, 中期 and 年度 columns: period counts three times the "
         "year's, rates equal in both, the goal names the year after the period "
         "(correct)")  # fmt: skip
def gy05() -> Book:
    b, s = new()
    project(
        s,
        name="蓼洲区罗非鱼池塘循环水槽养殖示范项目",
        unit="蓼洲区水产技术推广中心",
        dept="蓼洲区农业农村局（415207）",
        years=3,
        attr="新增项目",
        money=multi_year((450, 400, 50), (150, 130, 20)),
        goals=[
            "三年建成罗非鱼池塘循环水槽养殖示范面积600亩，带动养殖户180户，形成技术报告3份，"
            "为2028年全区推广积累技术参数。",
            "2025年建成循环水槽示范面积200亩，带动养殖户60户，形成年度技术报告1份。",
        ],
    )
    indicators(s, HEAD_TWO, [
        ("产出指标", "数量指标", "循环水槽养殖示范面积", "≥600亩", "≥200亩"),
        (None, None, "带动养殖户户数", "≥180户", "≥60户"),
        (None, None, "技术报告", "≥3份", "≥1份"),
        (None, "质量指标", "示范池塘尾水达标排放率", "100%", "100%"),
        (None, "时效指标", "建设任务完成时间", "2027年12月31日前", "2025年12月31日前"),
        ("成本指标", "经济成本指标", "循环水槽每亩改造成本", "≤0.6万元/亩", "≤0.6万元/亩"),
        ("效益指标", "经济效益指标", "示范区亩产提高幅度", "≥15%", "≥10%"),
        (None, "生态效益指标", "养殖用水节约率", "≥30%", "≥30%"),
        ("满意度指标", "服务对象满意度指标", "示范养殖户满意度", "≥90%", "≥90%"),
    ])  # fmt: skip
    note(s, "注：中期指标值为2025—2027年累计数，年度指标值为2025年当年数。", 5)
    sign(s, "骆青禾", "0735-7742016", day(2024, 12, 9))
    return b


@variant("gy06-tilapia-two-year-columns", (8,),
         "two-year project, NAT-2021, 中期 and 年度 columns: the year's area above the period's, "
         "the period's training count copied into the year against the 年度目标")  # fmt: skip
def gy06() -> Book:
    b, s = new()
    project(
        s,
        name="澄湾县罗非鱼池塘生态养殖示范基地建设项目",
        unit="澄湾县水产技术推广站",
        years=2,
        money=multi_year((200, 180, 20), (120, 110, 10)),
        goals=[
            "2025—2026年建设罗非鱼生态养殖示范基地4个，改造池塘800亩，开展技术培训600人次。",
            "2025年建成示范基地2个，改造池塘500亩，培训养殖户300人次。",
        ],
    )
    indicators(s, HEAD_TWO, [
        ("产出指标", "数量指标", "示范基地建设数量", "≥4个", "≥2个"),
        (None, None, "池塘生态化改造面积", "≥800亩",
         mk("≥850亩", "D201", "error", alt=("D104",),
            note="年度850亩大于实施期800亩，年度目标写500亩")),
        (None, None, "养殖技术培训人次", "≥600人次",
         mk("≥600人次", "D202", "warning", alt=("D104",),
            note="两年期项目的累计人次抄进年度列，年度目标写300人次")),
        (None, "质量指标", "改造池塘验收合格率", "100%", "100%"),
        (None, "时效指标", "示范基地建成时间", "2026年10月31日前", "2025年11月30日前"),
        ("成本指标", "经济成本指标", "池塘改造每亩补助标准", "≤0.12万元/亩", "≤0.12万元/亩"),
        ("效益指标", "经济效益指标", "示范基地亩均增收", "≥1200元", "≥1000元"),
        (None, "生态效益指标", "养殖尾水循环利用率", "≥50%", "≥40%"),
        ("满意度指标", "服务对象满意度指标", "示范户满意度", "≥90%", "≥90%"),
    ])  # fmt: skip
    sign(s, "岑望舒", "0736-5809734", day(2024, 11, 30))
    return b
