"""Exported project tables whose target values carry the operator inside the value cell, as
staff paste them: word operators, deadlines, qualitative grades, tier labels numbered and with
points, amounts with the unit only in the number format."""

from __future__ import annotations

from tests.variants.holdout9.export import (
    hide,
    indicators,
    kv,
    sign,
    sources,
    text_line,
    title,
    yuan,
)
from tests.variants.holdout9.registry import variant
from tests.variants.kit import CN_DATE, WAN, Book, day, mk, money, ok

TOP = ("指标编码", "绩效指标", None, None, "指标值", "指标值类型")
BOTTOM = (None, "一级指标", "二级指标", "三级指标", None, None)


@variant("r11-operators-inline-ok", (1, 5, 7), "project export from column B, NAT-2021, tier "
         "labels numbered with points, operators inside the values (不少于, 以上, 前, 日内), "
         "qualitative grades with a 指标值类型 column, 资金来源 with 万元 in the number "
         "format")  # fmt: skip
def r11() -> Book:
    b = Book()
    s = b.sheet("项目绩效目标", (3, 12, 16, 16, 30, 20, 12, 12, 14))
    title(s, "2025年度项目支出绩效目标表", 2, 6)
    kv(s, 2, [("项目代码", "361130250000000300086"), ("项目名称", "2025年公共文化服务提升项目"),
              ("主管部门", "澄川区文化和旅游体育局"), ("实施单位", "澄川区文化馆"),
              ("项目类别", "延续项目"), ("项目期", "1年")], 6)  # fmt: skip
    w = [money(v, WAN) for v in (286.5, 206.5, 50, 30, 0)]
    sources(s, 2, w[0], w[1:], label="资金来源")
    text_line(s, 2, "年度绩效目标",
              "目标1：全年开展送戏下乡演出不少于120场、公共文化讲座不少于24次；目标2：基层文化"
              "活动参与人次达到8万人次以上；目标3：群众满意度不低于90%。", 6)  # fmt: skip
    zero = ok("0起", note="零事故 is a legitimate target on a 反向 count")
    indicators(s, 2, [
        ("WH11001", "一、产出指标（50分）", "1.数量指标", "送戏下乡演出场次", "≥120场", "定量"),
        ("WH11002", None, None, "公共文化讲座举办次数", "不少于24次", "定量"),
        ("WH11003", None, "2.质量指标", "场馆设施完好率", "95%以上", "定量"),
        ("WH11004", None, None, "演出活动安全责任事故", zero, "定量"),
        ("WH11005", None, "3.时效指标", "年度活动完成时限", "12月31日前", "定量"),
        ("WH11006", None, None, "补助资金拨付时限", "项目批复后30日内", "定量"),
        ("WH11007", "二、成本指标（10分）", "经济成本指标", "单场演出补助标准", "≤1.2万元/场",
         "定量"),
        ("WH11008", "三、效益指标（30分）", "社会效益指标", "基层文化活动参与人次",
         "≥80000人次", "定量"),
        ("WH11009", None, None, "群众文化获得感", "有效提升", "定性"),
        ("WH11010", None, "可持续影响指标", "基层文化设施利用状况", "逐步改善", "定性"),
        ("WH11011", None, None, "文化志愿服务队伍建设", "达标", "定性"),
        ("WH11012", "四、满意度指标（10分）", "服务对象满意度指标", "群众满意度", "不低于90%",
         "定量"),
        ("WH11013", None, None, "参演团队满意度", "≥85%", "定量"),
    ], top=TOP, bottom=BOTTOM, merged=(2, 3))  # fmt: skip
    s.row("填报说明：指标值为定量的，请在指标值中注明比较符和计量单位。", col=2, merge=[(2, 7)])
    s.row("填表人：钟雨桐", None, "联系电话：0796-3318520", None, "填报日期：",
          day(2024, 12, 2, CN_DATE), col=2)  # fmt: skip
    return b


TOP12 = ("指标编码", "绩效指标", None, None, "指标值", None, "指标性质", "排序号")
BOTTOM12 = (None, "一级指标", "二级指标", "三级指标", "目标值", "计量单位", None, None)


@variant("r12-operator-defects", (9, 11), "project export from column B, NAT-2021, "
         "operator inside the value, 计量单位 and 指标性质 (正向/反向) columns, a hidden 排序号 "
         "column: a rate without %, 95%%, a 反向 rate with ≥, a deadline two years before the "
         "budget year")  # fmt: skip
def r12() -> Book:
    b = Book()
    s = b.sheet("绩效目标", (3, 12, 14, 16, 30, 22, 12, 12, 8))
    title(s, "2025年度项目支出绩效目标表", 2, 7)
    s.row(*([None] * 6), "单位：元", col=2)
    kv(s, 2, [("项目代码", "361131250000000400219"), ("项目名称", "2025年农村公路养护项目"),
              ("主管部门", "霁川县交通运输局"), ("实施单位", "霁川县农村公路管理所"),
              ("计划开始日期", day(2025, 1, 1)),
              ("计划完成日期", day(2025, 12, 31))], 7)  # fmt: skip
    sources(s, 2, yuan(1380000), [yuan(800000), yuan(0), yuan(500000), yuan(80000)])
    text_line(s, 2, "年度绩效目标",
              "目标1：完成326公里农村公路日常养护和4座危桥改造；目标2：路面技术状况优良率达到"
              "95%以上；目标3：沿线群众满意度达到90%以上。", 7)  # fmt: skip
    rows = [
        ("GL12001", "产出指标", "数量指标", "农村公路养护里程", "≥326", "公里", "正向"),
        ("GL12002", None, None, "危桥改造座数", "≥4", "座", "正向"),
        ("GL12003", None, "质量指标", "路面技术状况优良率",
         mk(">=95", "T105", "warning", alt=("T104", "T116"), note="a rate without %"), None,
         "正向"),
        ("GL12004", None, None, "养护工程质量合格率",
         mk("≥95%%", "T116", "warning", note="the percent sign typed twice"), "%", "正向"),
        ("GL12005", None, "时效指标", "年度养护任务完成时间",
         mk("2023年12月31日前", "Y102", "error", alt=("Y101", "Y103"),
            note="a 2025 table with a deadline in 2023"), None, "反向"),
        ("GL12006", None, None, "路面病害处置超时率",
         mk("≥5%", "T108", "warning", row=True, note="反向 rate with ≥"), "%", "反向"),
        ("GL12007", "成本指标", "经济成本指标", "单公里年均养护成本", "≤3500", "元/公里", "反向"),
        ("GL12008", "效益指标", "社会效益指标", "农村群众出行条件", "有效改善", None, "正向"),
        ("GL12009", None, "可持续影响指标", "养护长效机制", "建立并执行", None, "正向"),
        ("GL12010", "满意度指标", "服务对象满意度指标", "沿线群众满意度", "≥90%", "%", "正向"),
    ]  # fmt: skip
    indicators(s, 2, [(*r, i + 1) for i, r in enumerate(rows)], top=TOP12, bottom=BOTTOM12,
               merged=(2, 3))  # fmt: skip
    hide(s, 9)
    sign(s, 2, "付可欣", "陶文彬", "0794-5520187", day(2024, 11, 27))
    return b
