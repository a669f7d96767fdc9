"""Returns whose table is not where the template puts it: a cover sheet and an instructions
sheet before it (the table on the third sheet), or a long money block with 测算依据 above it
(qt01–qt06)."""

from __future__ import annotations

from tests.variants.heads import project_head
from tests.variants.holdout244.common import (
    ONE,
    OPS,
    book,
    cover,
    detail,
    head2,
    indicators,
    instructions,
    one_year_money,
    period_money,
    sign,
    wan,
)  # fmt: skip
from tests.variants.holdout244.registry import variant
from tests.variants.kit import Book, day, mk, ok, pct


@variant("qt01-cover-notes-third-sheet", (1, 7), "cover and 填表说明 sheets, the table on the "
         "third sheet with an operator column; a typed 95% (correct)")  # fmt: skip
def qt01() -> Book:
    b = Book()
    cover(b, ["临川县2026年度项目支出绩效目标申报材料", "申报单位：临川县农业农村局（盖章）",
              "联系人：何清源    联系电话：0794-6213578", "报送日期：2025年11月20日"])  # fmt: skip
    instructions(b, [
        "一、本表金额单位为万元，保留两位小数。",
        "二、三级指标由各单位根据项目内容自行细化；指标值须含比较符、数值和计量单位。",
        "三、一级指标按产出、成本、效益、满意度四类填写，不得删除。",
    ])  # fmt: skip
    s = b.sheet("绩效目标表", (14, 16, 30, 10, 16, 12))
    project_head(
        s, year=2026, name="高标准农田建后管护项目", dept="临川县农业农村局（108）",
        unit="临川县农田建设服务中心", money=one_year_money(wan(360), wan(300), wan(60)),
        goals=["2026年完成4.2万亩高标准农田建后管护，灌排设施保持完好，项目区粮食单产稳步提高，"
               "建立村级管护长效机制。"],
    )  # fmt: skip
    indicators(s, OPS, [
        ("产出指标", "数量指标", "管护高标准农田面积", "≥", 4.2, "万亩"),
        (None, "质量指标", "灌排设施完好率", "≥", pct(0.95), "%"),
        (None, "时效指标", "年度管护任务完成时间", "≤", "2026年11月30日", None),
        ("成本指标", "经济成本指标", "亩均管护成本", "≤", 80, "元/亩"),
        ("效益指标", "经济效益指标", "项目区粮食亩产增加", "≥", 30, "公斤"),
        (None, "社会效益指标", "受益农户数", "≥", 5600, "户"),
        (None, "可持续影响指标", "村级农田管护长效机制", None, "健全", None),
        ("满意度指标", "服务对象满意度指标", "受益农户满意度", "≥", 90, "%"),
    ])  # fmt: skip
    sign(s, "何清源", "周立衡", "0794-6213578")
    return b


@variant("qt02-cover-year-slip", (1, 7), "cover and 填表说明 sheets, the table on the third "
         "sheet titled with last year; a typed 105% on a 完好率")  # fmt: skip
def qt02() -> Book:
    b = Book()
    cover(b, ["2026年度项目支出绩效目标表", "单位名称：梧桐市城市管理局",
              "经办人：谢婉清  0736-8821945"])  # fmt: skip
    instructions(b, ["1.请在第三页填写绩效目标表。", "2.金额单位：万元。"], title="说明")
    s = b.sheet("项目绩效目标")
    wrong = mk("2025年度项目支出绩效目标申报表", "Y101", "error", row=True,
               note="the cover, the dates and the goal say 2026")  # fmt: skip
    s.title(wrong, 6)
    project_head(
        s, year=2026, name="城区路灯设施维护项目", dept="梧桐市城市管理局（402）",
        unit="梧桐市市政设施养护所", money=one_year_money(wan(268), wan(268), wan(0)),
        goals=["2026年维护城区主次干道路灯1.6万盏，亮灯率保持在98%以上，故障报修24小时内修复。"],
        title="",
        start=ok(day(2026, 1, 1), "error"), end=ok(day(2026, 12, 31), "error"),
    )  # fmt: skip
    indicators(s, ONE, [
        ("产出指标", "数量指标", "维护路灯数量", "≥1.6万盏"),
        (None, None, "更换老旧灯杆", "≥420根"),
        (None, "质量指标", "主干道亮灯率", "≥98%"),
        (None, None, "路灯设施完好率", mk(pct(1.05), "T106", "error", note="shown 105%")),
        (None, "时效指标", "故障修复时限", "≤24小时"),
        ("成本指标", "经济成本指标", "单盏路灯年维护成本", "≤150元/盏"),
        ("效益指标", "社会效益指标", "夜间道路照明事故起数", "=0起"),
        ("满意度指标", "服务对象满意度指标", "市民满意度", "≥90%"),
    ])  # fmt: skip
    sign(s, "谢婉清", "孔德彰", "0736-8821945")
    return b


@variant("qt03-long-money-block", (7, 12), "one sheet: a money block of seven lines with "
         "测算依据 (one citing last year's spending), the table under it (correct)")  # fmt: skip
def qt03() -> Book:
    b, s = book("项目申报表")
    project_head(
        s, year=2026, name="基层公共文化服务提升项目", dept="青禾县文化广电旅游局（211）",
        unit="青禾县文化馆", money=one_year_money(wan(250), wan(230), wan(20)),
        goals=["2026年为40个行政村配齐文化活动设备，开展送戏下乡120场、公益电影放映1800场，"
               "培训文艺骨干480人次。"],
    )  # fmt: skip
    detail(s, [
        ("村级文化活动场所设备购置", wan(120), "40个×3.0万元/个"),
        ("送戏下乡演出", wan(48), "120场×0.4万元/场"),
        ("公益电影放映", wan(21.6), "1800场×120元/场"),
        ("文艺骨干培训", wan(14.4), "480人次×300元/人次"),
        ("农家书屋图书配送", wan(30), "15000册×20元/册"),
        ("文化设备运行维护", wan(9), ok("参照上年（2025年）实际支出测算")),
        ("宣传及档案管理", wan(7), "宣传册7000份×10元/份"),
    ], wan(250))  # fmt: skip
    indicators(s, ONE, [
        ("产出指标", "数量指标", "配齐文化设备的行政村", "≥40个"),
        (None, None, "送戏下乡演出场次", "≥120场"),
        (None, None, "公益电影放映场次", "≥1800场"),
        (None, None, "文艺骨干培训", "≥480人次"),
        (None, "质量指标", "设备验收合格率", "=100%"),
        (None, "时效指标", "设备购置完成时间", "2026年9月30日前"),
        ("成本指标", "经济成本指标", "单场送戏下乡演出成本", "≤0.4万元/场"),
        ("效益指标", "社会效益指标", "群众参与文化活动人次", "≥6万人次"),
        (None, "可持续影响指标", "基层文化设施运维机制", "健全"),
        ("满意度指标", "服务对象满意度指标", "群众满意度", "≥92%"),
    ])  # fmt: skip
    sign(s, "陆晓岚", "程伯远", "0739-4417302")
    return b


@variant("qt04-money-block-off", (7, 12), "one sheet: a money block whose lines add to 186 "
         "under a 合计 of 180; a per-head cost cap beyond the money")  # fmt: skip
def qt04() -> Book:
    b, s = book("Sheet1")
    project_head(
        s, year=2026, name="全民健身公共服务项目", dept="石岭市体育局（315）",
        unit="石岭市全民健身活动中心", money=one_year_money(wan(180), wan(160), wan(20)),
        goals=["2026年举办全民健身赛事活动36场，开展青少年游泳公益培训3000人，更新健身路径器材"
               "50套。"],
    )  # fmt: skip
    detail(s, [
        ("全民健身赛事活动", wan(72), "36场×2万元/场"),
        ("青少年游泳公益培训", wan(60), "按培训机构报价测算"),
        ("健身路径器材更新", wan(40), "50套×0.8万元/套"),
        ("社会体育指导员培训", wan(14), "350人×400元/人"),
    ], mk(wan(180), "B102", "error", row=True, alt=("B101",),
          note="72 + 60 + 40 + 14 = 186"))  # fmt: skip
    indicators(s, ONE, [
        ("产出指标", "数量指标", "举办全民健身赛事活动", "≥36场"),
        (None, None, "青少年游泳公益培训人数", "≥3000人"),
        (None, None, "更新健身路径器材", "≥50套"),
        (None, "质量指标", "器材安装验收合格率", "=100%"),
        (None, "时效指标", "器材更新完成时间", "2026年10月31日前"),
        ("成本指标", "经济成本指标", "游泳培训人均成本",
         mk("≤800元/人", "B107", "warning", row=True, note="3000 × 800元 = 240万 > 180万")),
        ("效益指标", "社会效益指标", "经常参加体育锻炼人数比例", "≥42%"),
        ("满意度指标", "服务对象满意度指标", "参与群众满意度", "≥90%"),
    ])  # fmt: skip
    sign(s, "韩子墨", "林砚秋", "0712-5093486")
    return b


@variant("qt05-third-sheet-two-row-head", (1, 7), "cover and 填报须知 sheets, the table on the "
         "third sheet, a header over two rows (指标值 → 中期 │ 年度); 100% typed "
         "(correct)")  # fmt: skip
def qt05() -> Book:
    b = Book()
    cover(b, ["东山区2026年度部门项目绩效目标", "东山区民政局", "二〇二五年十二月"])
    instructions(b, [
        "（一）中期指标值为2026—2028年实施期累计目标，年度指标值为2026年度目标。",
        "（二）比率类指标请以百分比填写。",
    ], title="填报须知")  # fmt: skip
    s = b.sheet("项目绩效目标表", (14, 16, 28, 18, 18, 14))
    project_head(
        s, year=2026, years=3, name="社区居家养老服务站建设项目", dept="东山区民政局（506）",
        unit="东山区养老服务指导中心", attr="新增项目",
        money=period_money((wan(900), wan(800), wan(100)), (wan(320), wan(280), wan(40))),
        goals=["2026—2028年新建社区养老服务站30个，培训养老护理员1500人次，服务覆盖社区老年人"
               "3万人。", "2026年新建社区养老服务站10个，培训养老护理员500人次，服务覆盖社区"
               "老年人1万人。"],
    )  # fmt: skip
    head2(s, ("一级指标", "二级指标", "三级指标", "指标值", None, "备注"),
          (None, None, None, "中期（2026—2028年）", "年度（2026年）", None))  # fmt: skip
    s.table([
        ("产出指标", "数量指标", "新建社区养老服务站", "≥30个", "≥10个", None),
        (None, None, "培训养老护理员", "≥1500人次", "≥500人次", None),
        (None, "质量指标", "服务站建设验收合格率", pct(1), pct(1), "竣工验收"),
        (None, "时效指标", "建设任务完成时间", "2028年12月31日前", "2026年12月31日前", None),
        ("成本指标", "经济成本指标", "单个服务站建设补助标准", "≤25万元/个", "≤25万元/个",
         "省定标准"),
        ("效益指标", "社会效益指标", "服务覆盖社区老年人数", "≥3万人", "≥1万人", None),
        (None, "可持续影响指标", "服务站运营补贴机制", "健全", "健全", None),
        ("满意度指标", "服务对象满意度指标", "老年人及家属满意度", "≥90%", "≥90%", None),
    ], merged=(1, 2))  # fmt: skip
    sign(s, "邵明哲", "唐雨桐", "0591-87702316")
    return b


@variant("qt06-third-sheet-period-slips", (7, 8, 11, 12), "首页 and 说明 sheets, the table on "
         "the third sheet, 实施期 │ 2026年度 under one header: an annual length beyond the "
         "period, annual money beyond the period money, a 发生率 turned ≥ in the year")  # fmt: skip
def qt06() -> Book:
    b = Book()
    cover(b, ["2026年度农村公路提质改造项目", "绩效目标申报表", "申报单位：岚县交通运输局"],
          title="首页")  # fmt: skip
    instructions(b, ["本表由项目实施单位填报，主管部门审核。"], title="说明")
    s = b.sheet("绩效指标", (14, 16, 28, 18, 18))
    project_head(
        s, year=2026, years=2, name="农村公路提质改造项目", dept="岚县交通运输局（612）",
        unit="岚县农村公路管理站",
        money=period_money((wan(500), wan(450), wan(50)),
                           (mk(wan(560), "B103", "error", row=True), wan(500), wan(60))),
        goals=["2026—2027年完成农村公路提质改造80公里，整治安全隐患路段60处。",
               "2026年完成农村公路提质改造主体工程，安全隐患路段整治全面推进。"],
    )  # fmt: skip
    head2(s, ("一级指标", "二级指标", "三级指标", "绩效指标值", None),
          (None, None, None, "实施期", "2026年度"))  # fmt: skip
    s.table([
        ("产出指标", "数量指标", "农村公路提质改造里程", "≥80公里",
         mk("≥95公里", "D201", "error")),
        (None, None, "整治安全隐患路段", "≥60处", "≥30处"),
        (None, "质量指标", "交工验收合格率", "=100%", "=100%"),
        (None, "时效指标", "主体工程完工时间", "2027年10月31日前", "2026年11月30日前"),
        ("成本指标", "经济成本指标", "每公里提质改造成本", "≤5万元/公里", "≤5万元/公里"),
        ("效益指标", "社会效益指标", "农村公路安全隐患发生率", "≤3%",
         mk("≥3%", "T108", "warning", alt=("D203",))),
        (None, "可持续影响指标", "农村公路管养机制", "健全", "健全"),
        ("满意度指标", "服务对象满意度指标", "沿线群众满意度", "≥90%", "≥90%"),
    ], merged=(1, 2))  # fmt: skip
    sign(s, "贺长林", "苏映雪", "0358-6620419")
    return b
