"""Returns on tunnel operation and intelligent inspection (管廊运维, 管廊智能巡检): tt01–tt06."""

from __future__ import annotations

from tests.variants.heads import department_head, project_head
from tests.variants.holdout322.common import (
    CENTER,
    CITY_DEPT,
    FLAT,
    HEAD,
    HEAD_OP,
    HEAD_TWO,
    TINGLAN,
    YEAR,
    book,
    detail,
    fill_date,
    indicators,
    multi_year,
    one_year,
    wan,
)
from tests.variants.holdout322.registry import variant
from tests.variants.kit import Book, mk, money, pct


@variant("tt01-robot-percent", (1, 11),
         "project, NAT-2021, operator column (指标性质) and unit column, percents typed in "
         "Excel, a 下降率 with ≥ and 0起 on incidents (correct)")  # fmt: skip
def tt01() -> Book:
    b, s = book()
    project_head(s, year=YEAR, name="综合管廊巡检机器人运行维护", dept=CITY_DEPT, unit=CENTER,
                 money=one_year(386.4, 326.4, 60),
                 goals=["保障东环路、滨江大道两段管廊共24.6公里的12台巡检机器人全年稳定运行，"
                        "告警及时处置，廊内不发生安全责任事故。"])  # fmt: skip
    indicators(s, HEAD_OP, [
        ("产出指标", "数量指标", "机器人自动巡检里程", "≥", 8980, "公里"),
        (None, None, "在运巡检机器人", "=", 12, "台"),
        (None, "质量指标", "巡检机器人在线率", "≥", pct(0.95), "%"),
        (None, None, "廊内环境监测数据完整率", "≥", pct(0.98), "%"),
        (None, "时效指标", "告警信息响应时间", "≤", 30, "分钟"),
        ("成本指标", "经济成本指标", "单台机器人年运维费", "≤", 9.6, "万元/台"),
        ("效益指标", "社会效益指标", "廊内安全责任事故", "=", 0, "起"),
        (None, None, "廊内设备故障次数下降率", "≥", pct(0.1), "%"),
        (None, "可持续影响指标", "巡检数据保存期限", "≥", 3, "年"),
        ("满意度指标", "服务对象满意度指标", "入廊管线单位满意度", "≥", pct(0.9), "%"),
    ])  # fmt: skip
    return b


def _stacked_rows(count: int, length: str, sat: str) -> list[tuple[object, ...]]:
    return [
        ("产出指标", "数量指标", "配备专职巡检人员", f"={count}人"),
        (None, None, "人工巡检管廊长度", length),
        (None, "质量指标", "巡检问题登记完整率", "≥98%"),
        (None, "时效指标", "一般缺陷处置时间", "≤72小时"),
        (None, "成本指标", "巡检人员人均年劳务费", "≤8.4万元/人"),
        ("效益指标", "社会效益指标", "结构病害早期发现率", "≥90%"),
        ("满意度指标", "服务对象满意度指标", "入廊管线单位满意度", sat),
    ]


@variant("tt02-patrol-stacked", (2,),
         "two projects stacked in one sheet, OLD-NAT, one value column, the same indicator "
         "name with different values in each project (correct)")  # fmt: skip
def tt02() -> Book:
    b, s = book()
    project_head(s, year=YEAR, name="东区管廊本体日常人工巡检", dept=CITY_DEPT,
                 unit="渚阳市地下综合管廊运营管理中心东区站", money=one_year(210, 180, 30),
                 goals=["完成东区14.2公里管廊本体日常巡检，缺陷及时登记处置。"])  # fmt: skip
    indicators(s, HEAD, _stacked_rows(15, "=14.2公里", "≥90%"))
    s.skip()
    project_head(s, year=YEAR, name="西区管廊本体日常人工巡检", dept=CITY_DEPT,
                 unit="渚阳市地下综合管廊运营管理中心西区站", money=one_year(145.8, 145.8, 0),
                 goals=["完成西区10.4公里管廊本体日常巡检，缺陷及时登记处置。"],
                 title="")  # fmt: skip
    indicators(s, HEAD, _stacked_rows(12, "=10.4公里", "≥92%"))
    return b


@variant("tt03-patrol-flat", (3, 11),
         "department, flat list (指标名称 · 权重 · 计量单位 · 指标性质 as direction · 指标值): "
         "weights add to 95, a 反向 rate with ≥, a value unit against the unit column")  # fmt: skip
def tt03() -> Book:
    b, s = book()
    department_head(s, year=YEAR, dept=TINGLAN,
                    budget=[(wan(1260.5), wan(1180.5), wan(80), wan(412.3), wan(848.2))],
                    goal="完成辖区36公里管廊日常及智能巡检，及时发现并处置廊内隐患。")  # fmt: skip
    s.row("年度绩效指标", merge=[(1, 5)])
    s.row(*FLAT)
    no_unit = "值中的“公里”与计量单位列的“台”不一致"
    wrong_way = "故障率是反向指标，应为≤"
    s.table([
        ("年度巡检管廊长度", 15, "公里", "正向", "≥36公里"),
        ("在线智能巡检设备", 10, "台", "正向", mk("≥26公里", "T112", "error", note=no_unit)),
        ("巡检问题整改完成率", 15, "%", "正向", "≥95%"),
        ("廊内设备故障率", 10, "%", "反向", mk("≥2%", "T108", "warning", row=True,
                                             note=wrong_way)),
        ("告警响应时间", 10, "分钟", "反向", "≤30分钟"),
        ("巡检记录电子化率", 10, "%", "正向", "≥98%"),
        ("单公里年巡检成本", 10, "万元/公里", "反向", "≤5.5万元/公里"),
        ("管廊安全运行天数", 5, "天", "正向", "≥365天"),
        ("入廊管线单位满意度", 10, "%", "正向", "≥90%"),
    ])  # fmt: skip
    b.file_mark("W101", "error", note="权重合计 95，应为 100")
    return b


@variant("tt04-robot-multi-year", (8,),
         "three-year project, NAT-2021, 实施期 and 年度 value columns: annual counts below "
         "the period, rates and caps equal, a period deadline in 2028 (correct)")  # fmt: skip
def tt04() -> Book:
    b, s = book()
    project_head(s, year=YEAR, name="综合管廊智能巡检体系建设", dept=CITY_DEPT, unit=CENTER,
                 money=multi_year((1260, 1080, 180), (420, 360, 60)), years=3, attr="新增项目",
                 goals=["2026—2028年在已建6段48公里管廊部署巡检机器人30台，建成智能巡检平台，"
                        "人工巡检工时下降30%以上。",
                        "2026年完成东环路、滨江大道两段16公里管廊的机器人部署（10台），"
                        "平台一期上线。"])  # fmt: skip
    indicators(s, HEAD_TWO, [
        ("产出指标", "数量指标", "智能巡检覆盖管廊长度", "≥48公里", "≥16公里"),
        (None, None, "部署巡检机器人", "≥30台", "≥10台"),
        (None, "质量指标", "巡检机器人在线率", "≥95%", "≥95%"),
        (None, "时效指标", "建设任务完成时间", "2028年12月31日前", "2026年12月31日前"),
        ("成本指标", "经济成本指标", "单台机器人购置及部署成本", "≤18万元/台", "≤18万元/台"),
        ("效益指标", "社会效益指标", "人工巡检工时下降率", "≥30%", "≥10%"),
        (None, "可持续影响指标", "巡检平台设计使用年限", "≥8年", "≥8年"),
        ("满意度指标", "服务对象满意度指标", "管廊运维人员满意度", "≥90%", "≥90%"),
    ])  # fmt: skip
    return b


@variant("tt05-patrol-template", (6, 13),
         "project, NAT-2021, header 预期目标: a tier-2 left from the template, a value "
         "without a name, a placeholder XX%")  # fmt: skip
def tt05() -> Book:
    b, s = book()
    project_head(s, year=YEAR, name="管廊运维管理平台数据治理", dept=CITY_DEPT, unit=CENTER,
                 money=one_year(96.5, 86.5, 10),
                 goals=["清洗入廊管线台账，统一编码，实现平台数据与各管线单位共享。"])  # fmt: skip
    indicators(s, ("一级指标", "二级指标", "三级指标", "预期目标"), [
        ("产出指标", "数量指标", "清洗入廊管线台账", "≥5200条"),
        (None, None, mk(None, "F110", "error", note="有值“≥12类”却没有指标名称"), "≥12类"),
        (None, "质量指标", "台账数据准确率", mk("≥XX%", "X101", "error", note="占位符未填")),
        (None, "时效指标", "数据治理完成时间", "2026年9月30日前"),
        ("成本指标", "经济成本指标", "单条台账治理成本", "≤150元/条"),
        ("效益指标", mk("经济效益指标", "F109", "warning", row=True,
                        note="模板留下的二级指标，没有三级指标和指标值"), None, None),
        (None, "社会效益指标", "平台数据共享部门", "≥6个"),
        (None, "可持续影响指标", "台账动态更新机制", "建立并执行"),
        ("满意度指标", "服务对象满意度指标", "平台使用单位满意度", "≥90%"),
    ])  # fmt: skip
    return b


@variant("tt06-patrol-artefacts", (9,),
         "project, OLD-NAT, one value column, detail lines under the table: a split number, "
         "an amount pasted twice, a unit cost rounded to 0")  # fmt: skip
def tt06() -> Book:
    b, s = book()
    split = mk("368.452 5", "X105", "warning", alt=("X103",), note="读作 368.4525")
    project_head(s, year=YEAR, name="管廊智能巡检系统软件升级", dept=CITY_DEPT, unit=CENTER,
                 money=one_year(split, 300, money(68.4525, '0.0000"万元"')),
                 goals=["升级巡检算法和终端，覆盖全市1200个巡检点位。"])  # fmt: skip
    zero = mk("≤0万元/个", "T115", "error", note="86万元 ÷ 1200个 ≈ 0.07万元，四舍五入成 0")
    indicators(s, HEAD, [
        ("产出指标", "数量指标", "升级算法的巡检点位", "≥1200个"),
        (None, None, "更换巡检终端", "≥140台"),
        (None, "质量指标", "隐患自动识别准确率", "≥90%"),
        (None, "时效指标", "系统升级上线时间", "2026年8月31日前"),
        (None, "成本指标", "单个巡检点位算法授权成本", zero),
        ("效益指标", "社会效益指标", "人工复核工作量下降率", "≥25%"),
        ("满意度指标", "服务对象满意度指标", "巡检人员满意度", "≥90%"),
    ])  # fmt: skip
    twice = mk("86万86万（含软件授权）", "X106", "error", alt=("B108",), note="读作 86")
    detail(s, [("巡检算法模型升级", twice), ("巡检终端更换", wan(152.4525, 4)),
               ("平台等保测评及运维", wan(130))], wan(368.4525, 4))  # fmt: skip
    s.row("填报日期", fill_date(12, 3))
    return b
