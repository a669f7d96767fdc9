"""The rain-gauge network (雨量站网) and flood warning: kcd13-kcd18."""

from __future__ import annotations

from tests.variants.holdout748.common import (
    HEAD,
    HEAD2,
    YEAR,
    indicators,
    notes,
    one_year,
    periods,
    project,
    sign,
    start,
)
from tests.variants.holdout748.registry import variant
from tests.variants.kit import Book, day, mk, money, pct

UNIT = "澄渊市水文监测中心"


@variant("kcd13-gauge-build-assessment", (7, 1),
         "one-year project, NAT-2021, headers 考核指标, 目标值（年度） and a 评价标准 column, "
         "percent cells, the goal's total with its parts in brackets (correct)")  # fmt: skip
def kcd13() -> Book:
    b, s = start()
    goal = "新建自动雨量站40个（其中城区28个、郊区12个），汛前投入运行，雨量数据到报率达到98%。"
    project(s, "城市自动雨量站网建设", UNIT, one_year(260, 260, 0), (goal,), attr="新增项目")
    indicators(s, ("一级指标", "二级指标", "考核指标", "目标值（年度）", "评价标准"), [
        ("产出指标", "数量指标", "新建自动雨量站数量", "≥40个", "每少1个扣0.5分"),
        (None, "质量指标", "雨量数据到报率", pct(0.98), "每低1个百分点扣1分"),
        (None, "时效指标", "站点投入运行时间", "2026年5月31日前", "逾期不得分"),
        ("成本指标", "经济成本指标", "单站建设成本", "≤6万元/个", "超出不得分"),
        ("效益指标", "社会效益指标", "主城区降雨监测网格", "≤2平方公里/站", "达到得满分"),
        ("满意度指标", "服务对象满意度指标", "防汛指挥部门满意度", pct(0.92), "按问卷计分"),
    ])  # fmt: skip
    sign(s, "岑望舒", "0736-5547031", day(2025, 11, 10))
    return b


@variant("kcd14-gauge-second-sheet", (7,),
         "one-year project: head on the first sheet, the indicators on a second sheet under "
         "预期实现值: last year's year in the goal, a deadline later than the goal's, the "
         "same rate under 质量 and 时效")  # fmt: skip
def kcd14() -> Book:
    b, s = start("基本信息")
    goal = mk("完成2025年度全市96个雨量站运行维护，2026年5月31日前完成60个站点设备校准。",
              "Y103", "warning", alt=("Y101",), note="年度目标沿用上年的“2025年度”")  # fmt: skip
    project(s, "雨量站网运行维护", UNIT, one_year(120, 120, 0), (goal,))
    t = b.sheet("绩效指标")
    indicators(t, ("一级指标", "二级指标", "三级指标", "预期实现值"), [
        ("产出指标", "数量指标", "雨量站运行维护数量", "≥96个"),
        (None, None, "站点设备校准数量", "≥60个"),
        (None, "质量指标", "雨量数据到报率", "≥98%"),
        (None, "时效指标", "站点设备校准完成时间",
         mk("2026年6月30日前", "D104", "warning", note="年度目标写5月31日前完成校准")),
        (None, None, mk("雨量数据到报率（汛期）", "D103", "warning", row=True,
                        alt=("D101", "F201"), note="与质量指标下的到报率是同一指标"), "≥98%"),
        (None, "成本指标", "单站年运维费用", "≤1.2万元/个"),
        ("效益指标", "社会效益指标", "暴雨预警信息发布及时率", "≥95%"),
        ("满意度指标", "服务对象满意度指标", "防汛指挥部门满意度", "≥90%"),
    ])  # fmt: skip
    return b


@variant("kcd15-gauge-budget-export", (7, 11),
         "budget-system export: money on sheet 05-1, indicators on sheet 05-2 under a header on "
         "the third row, codes in the first columns, operators in words, 0起 on accidents "
         "(correct)")  # fmt: skip
def kcd15() -> Book:
    b, s = start("部门项目支出预算05-1")
    code, name = "418001260031", "城市内涝监测站点维护"
    s.title(f"{YEAR}年部门项目支出预算表", 6)
    s.row("单位名称：澄渊市水文监测中心", None, None, None, None, "单位：万元")
    s.row("项目编码", "项目名称", "资金总额", "财政拨款", "其他资金", "年度绩效目标")
    s.row(code, name, money(120), money(120), money(0),
          "维护城区96个内涝监测站点，雨量数据到报率不低于98%。")  # fmt: skip
    t = b.sheet("部门项目支出绩效目标05-2", (14, 18, 12, 14, 24, 12, 10, 10))
    t.title(f"{YEAR}年部门项目支出绩效目标表", 8)
    t.row("单位名称：澄渊市水文监测中心")
    t.row(
        "项目编码", "项目名称", "一级指标", "二级指标", "三级指标", "指标性质", "指标值", "计量单位"
    )
    for row in (
        ("产出指标", "数量指标", "维护站点数量", "大于等于", 96, "个"),
        ("产出指标", "质量指标", "雨量数据到报率", "大于等于", 98, "%"),
        ("产出指标", "时效指标", "站点故障修复时间", "小于等于", 24, "小时"),
        ("成本指标", "经济成本指标", "单站运维成本", "小于等于", 1.25, "万元/个"),
        ("效益指标", "社会效益指标", "站点维护安全生产事故", "等于", 0, "起"),
        ("满意度指标", "服务对象满意度指标", "防汛指挥部门满意度", "大于等于", 90, "%"),
    ):
        t.row(code, name, *row)
    return b


@variant("kcd16-gauge-points-two-levels", (10, 5),
         "one-year project, NAT-2021, tier-1 score and indicator score columns: 产出 indicator "
         "points short of the tier's, a count under 质量; a 百分点 rise")  # fmt: skip
def kcd16() -> Book:
    b, s = start()
    goal = "完成30个雨量站智能化升级，新增视频监测点12个，雨量数据到报率提高3个百分点。"
    project(s, "雨量站网智能化升级", UNIT, one_year(180, 180, 0), (goal,))
    s.row("一级指标", "分值", "二级指标", "三级指标", "指标值", "分值")
    s.table([
        ("产出指标", mk(50, "W103", "error", alt=("W101",), note="其下指标分值 10+10+5+10+10 = 45"),
         "数量指标", "升级雨量站数量", "≥30个", 10),
        (None, None, None, "新增视频监测点", "≥12个", 10),
        (None, None, "质量指标", mk("升级站点年度巡检次数", "F201", "warning", row=True,
                                    note="巡检次数是数量指标，填在质量指标下"), "≥4次/站", 5),
        (None, None, None, "设备验收合格率", "100%", 10),
        (None, None, "时效指标", "升级完成时间", "2026年5月31日前", 10),
        ("成本指标", 10, "经济成本指标", "单站升级成本", "≤6万元/个", 10),
        ("效益指标", 30, "社会效益指标", "雨量数据到报率提高", "≥3百分点", 15),
        (None, None, "可持续影响指标", "设备设计使用年限", "≥8年", 15),
        ("满意度指标", 10, "服务对象满意度指标", "防汛指挥部门满意度", "≥90%", 10),
    ], merged=(1, 2, 3))  # fmt: skip
    return b


@variant("kcd17-warning-platform-period", (8, 11),
         "two-year project, NAT-2021, 中期 and 年度 columns: 中期目标 copied into 年度目标, a "
         "release time with ≥, a go-live date after the project ends")  # fmt: skip
def kcd17() -> Book:
    b, s = start()
    text = ("建成覆盖主城区的内涝预警平台，新建雨量站60个，接入38座排涝泵站运行数据，"
            "预警信息30分钟内发布。")  # fmt: skip
    ann = mk(text, "D204", "warning", note="年度目标与中期目标逐字相同")
    project(s, "城市内涝预警平台及雨量站网建设", UNIT, periods((900, 900, 0), (500, 500, 0)),
            (text, ann), years=2, attr="新增项目")  # fmt: skip
    indicators(s, HEAD2, [
        ("产出指标", "数量指标", "新建雨量站数量", "≥60个", "≥30个"),
        (None, None, "接入泵站数量", "≥38座", "≥20座"),
        (None, "质量指标", "内涝预警准确率", "≥85%", "≥85%"),
        (None, "时效指标", "预警信息发布时长", "≤30分钟",
         mk("≥30分钟", "T108", "warning", row=True, alt=("D203",),
            note="发布时长是反向指标，年度值却写≥")),
        (None, None, "平台上线时间",
         mk("2028年6月30日前", "Y102", "error", alt=("Y103",),
            note="项目期2026年—2027年，上线期限落在项目期之后"), "2026年12月31日前"),
        ("成本指标", "经济成本指标", "平台开发费用", "≤300万元", "≤180万元"),
        ("效益指标", "社会效益指标", "预警覆盖主城区面积比例", "≥90%", "≥60%"),
        ("满意度指标", "服务对象满意度指标", "防汛指挥部门满意度", "≥90%", "≥90%"),
    ])  # fmt: skip
    return b


@variant("kcd18-gauge-duty-footnotes", (4,),
         "one-year project, OLD-NAT, one value column: an instruction row inside the table, "
         "说明 and 填表说明 rows, a later year the data serve, fill date the year before "
         "(correct)")  # fmt: skip
def kcd18() -> Book:
    b, s = start()
    goal = "汛期（5月1日—9月30日）安排6人24小时值守雨量站网，年底完成全年雨量资料整编1套。"
    project(s, "雨量站网汛期值守与资料整编", UNIT, one_year(68, 60, 8), (goal,))
    indicators(s, HEAD, [
        ("（请按三级指标逐项填写，不得删除带★的指标）",),
        ("产出指标", "数量指标", "汛期值守天数", "≥153天"),
        (None, None, "★雨量资料整编成果", "≥1套"),
        (None, "质量指标", "整编资料合格率", "≥95%"),
        (None, "时效指标", "整编成果提交时间", "2026年12月31日前"),
        (None, "成本指标", "值守人员补助标准", "≤200元/人·天"),
        ("效益指标", "可持续影响指标", "为2027年雨量站网优化布局提供数据支撑", "有效"),
        ("满意度指标", "服务对象满意度指标", "防汛指挥部门满意度", "≥90%"),
    ])  # fmt: skip
    notes(s, "说明：值守天数按5月1日至9月30日共153天计。",
          "填表说明：指标值须含比较符和计量单位；定性指标填写“有效”“良好”等等级。")  # fmt: skip
    sign(s, "柏时雨", "0736-5547066", day(2025, 11, 16))
    return b
