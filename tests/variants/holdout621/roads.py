"""The mountain road maintenance team that keeps the gathering roads open: fg13–fg18."""

from __future__ import annotations

from typing import Any

from tests.variants.heads import department_head, project_head
from tests.variants.holdout621.common import (
    COUNTY,
    TOWN,
    Y,
    book,
    indicators,
    notes,
    one_year,
    sign,
    wan,
)
from tests.variants.holdout621.registry import variant
from tests.variants.kit import Book, Sheet, day, mk, pct

DEPT = f"{COUNTY}交通运输局（321005）"
TEAM = f"{TOWN}山区公路养护队"
HEAD4 = ("一级指标", "二级指标", "三级指标", "指标值")


@variant("fg13-road-department-stars", (4, 5, 12),
         "department, NAT-2021, abbreviated tier labels, ★ core indicators, tasks adding to "
         "项目支出 with a footnote explaining the total (correct)")  # fmt: skip
def fg13() -> Book:
    b, s = book()
    department_head(s, year=Y, dept=f"{COUNTY}农村公路养护中心",
                    budget=[(wan(420), wan(380), wan(40), wan(180), wan(240))],
                    tasks=[("日常养护", "山区农村公路路面、边沟日常养护", wan(120), "养护320公里"),
                           ("水毁修复", "雨季水毁路段修复", wan(80), "修复25处"),
                           ("桥涵检查", "桥梁涵洞定期检查", wan(40), "检查60座"),
                           ("金额合计", None, wan(240), None)],
                    goal="养护农村公路320公里，修复水毁路段25处，检查桥涵60座，"
                         "保障鸡枞、竹荪采收季节山区道路畅通。")  # fmt: skip
    rows = [
        ("产出", "数量", "★农村公路日常养护里程", "≥320公里"),
        (None, None, "水毁路段修复", "≥25处"),
        (None, None, "桥涵定期检查", "≥60座"),
        (None, "质量", "★养护路段优良路率", "≥80%"),
        (None, "时效", "水毁路段抢通时间", "≤48小时"),
        ("成本", "经济成本", "日常养护单价", "≤0.35万元/公里"),
        ("效益", "社会效益", "雨季道路阻断次数", "≤3次"),
        (None, "可持续影响", "养护巡查制度", "建立并执行"),
        ("满意度", "服务对象满意度", "★沿线群众满意度", "≥90%"),
    ]
    indicators(s, HEAD4, rows)
    notes(s, "注：金额合计为项目支出240万元；基本支出180万元为人员和公用经费，未列入任务。",
          "★为核心指标，不得删除。")  # fmt: skip
    return b


@variant("fg14-road-department-money", (12,),
         "department, NAT-2021: 基本支出 + 项目支出 short of 资金总额, tasks not adding to "
         "金额合计, the goal's mileage given otherwise by the indicator")  # fmt: skip
def fg14() -> Book:
    b, s = book()
    total = mk(wan(300), "B101", "error", row=True, note="基本支出130 + 项目支出150 = 280 ≠ 300")
    whole = mk(wan(150), "B102", "error", row=True, note="70 + 45 + 40 = 155 ≠ 金额合计150")
    department_head(s, year=Y, dept=TEAM,
                    budget=[(total, wan(260), wan(40), wan(130), wan(150))],
                    tasks=[("路面修补", "坑槽、裂缝修补", wan(70), "修补路面3000平方米"),
                           ("边沟清淤", "山区公路边沟清淤", wan(45), "清淤边沟60公里"),
                           ("护栏更换", "更换波形护栏", wan(40), "更换护栏3公里"),
                           ("金额合计", None, whole, None)],
                    goal="全年养护乡村公路186公里，修补路面3000平方米，清淤边沟60公里，"
                         "更换波形护栏3公里。")  # fmt: skip
    km = mk("≥168公里", "D104", "warning", row=True, note="年度总体目标写养护186公里")
    rows = [
        ("产出指标", "数量指标", "乡村公路养护里程", km),
        (None, None, "路面坑槽修补面积", "≥3000平方米"),
        (None, None, "边沟清淤长度", "≥60公里"),
        (None, None, "波形护栏更换长度", "≥3公里"),
        (None, "质量指标", "修补路面验收合格率", "≥95%"),
        (None, "时效指标", "雨季前清淤完成时间", "5月31日前"),
        ("成本指标", "经济成本指标", "护栏更换单价", "≤13万元/公里"),
        ("效益指标", "社会效益指标", "采收季节道路通行保障率", "≥95%"),
        ("满意度指标", "服务对象满意度指标", "沿线群众满意度", "≥90%"),
    ]
    indicators(s, HEAD4, rows)
    return b


def _section(s: Sheet, n: int, name: str, money: tuple[int, int, int], km: int,
             unit_cost: float, sat: Any) -> None:  # fmt: skip
    """One road section's project, stacked under the one above (only the first has a title)."""
    project_head(s, year=Y, title=None if n == 1 else "", name=name, dept=DEPT, unit=TEAM,
                 money=one_year(*money),
                 goals=[f"养护{name[:-4]}{km}公里，雨季塌方抢通不超过24小时。"])  # fmt: skip
    indicators(s, HEAD4, [
        ("产出指标", "数量指标", "日常养护里程", f"≥{km}公里"),
        (None, "质量指标", "养护路段优良路率", "≥80%"),
        (None, "时效指标", "塌方抢通时间", "≤24小时"),
        (None, "成本指标", "日常养护单价", f"≤{unit_cost}万元/公里"),
        ("效益指标", "社会效益指标", "采收季节道路通行保障率", "≥95%"),
        ("满意度指标", "服务对象满意度指标", "沿线群众满意度", sat),
    ])  # fmt: skip
    s.skip()


@variant("fg15-road-stacked-three", (2,),
         "three road sections stacked in one sheet, OLD-NAT, one value column, the same indicator "
         "names with different values in each project (correct)")  # fmt: skip
def fg15() -> Book:
    b, s = book()
    _section(s, 1, "雾坪至白蜡沟段养护项目", (36, 30, 6), 60, 0.5, "≥90%")
    _section(s, 2, "梨树坳连接线养护项目", (18, 15, 3), 25, 0.6, "≥85%")
    _section(s, 3, "蕨溪至县城段养护项目", (54, 46, 8), 90, 0.55, pct(0.92))
    sign(s, "吴光明", "0879-6640518", day(Y - 1, 12, 2))
    return b


@variant("fg16-road-template-rows", (6, 13),
         "project, OLD-NAT, header 预期目标: the template's example row left in, a value "
         "without a name, a tier-2 left without indicators")  # fmt: skip
def fg16() -> Book:
    b, s = book()
    project_head(s, year=Y, name="采收季节山区公路保通巡查项目", dept=DEPT, unit=TEAM,
                 money=one_year(15, 12, 3),
                 goals=["采收季节巡查山区公路90公里，塌方24小时内抢通。"])  # fmt: skip
    sample = mk("≥XX公里", "X101", "error", row=True, note="模板的示例行没有删除")
    rows = [
        ("产出指标", "数量指标", "保通路段巡查里程", "≥90公里"),
        (None, None, "示例：完成道路养护XX公里", sample),
        (None, "质量指标", "巡查路段路面完好率", "≥85%"),
        (None, None, mk(None, "F110", "error", note="有指标值却没有指标名称"), "≥95%"),
        (None, "时效指标", "塌方抢通时间", "≤24小时"),
        (None, "成本指标", "巡查补助标准", "≤800元/公里"),
        ("效益指标", "社会效益指标", "采收季节道路阻断天数", "≤5天"),
        (None, mk("生态效益指标", "F109", "warning", row=True, note="模板行未填写"), None, None),
        ("满意度指标", "服务对象满意度指标", "采收户满意度", "≥90%"),
    ]
    indicators(s, ("一级指标", "二级指标", "三级指标", "预期目标"), rows)
    return b


@variant("fg17-road-flat-two-values", (3, 8),
         "department, flat list with 实施周期 and 年度 value columns, a unit column and weights, "
         "period values beside smaller annual ones, percent cells (correct)")  # fmt: skip
def fg17() -> Book:
    b, s = book()
    department_head(s, year=Y, dept=f"{COUNTY}山区公路养护站",
                    budget=[(wan(180), wan(165), wan(15), wan(70), wan(110))],
                    goal="实施周期内累计处治路面病害9000平方米、清淤涵洞120座，"
                         "其中本年度处治4500平方米、清淤60座。")  # fmt: skip
    s.row("指标名称", "计量单位", "实施周期指标值", "年度指标值", "权重")
    s.table([
        ("路面病害处治面积", "平方米", "≥9000", "≥4500", 25),
        ("涵洞清淤", "座", "≥120", "≥60", 25),
        ("路面优良率", "%", pct(0.8), pct(0.8), 20),
        ("塌方抢通时间", "小时", "≤48", "≤48", 15),
        ("沿线群众满意度", "%", "≥90", "≥90", 15),
    ])  # fmt: skip
    s.row("合计", None, None, None, 100)
    return b


@variant("fg18-road-word-operators", (9, 11, 12),
         "project, NAT-2021, operators in words in 指标性质 and a unit column: a 反向 rate with "
         "大于等于, a deadline as a date serial in text, a unit cost × mileage above the "
         "money")  # fmt: skip
def fg18() -> Book:
    b, s = book()
    project_head(s, year=Y, name="雾坪至梨树坳山区公路日常养护项目", dept=DEPT, unit=TEAM,
                 money=one_year(150, 130, 20),
                 goals=["日常养护雾坪至梨树坳山区公路150公里，"
                        "路面病害发生率控制在3%以内。"])  # fmt: skip
    up = mk("大于等于", "T108", "warning", row=True, alt=("D104",),
            note="病害发生率是反向指标，应为小于等于")  # fmt: skip
    serial = mk("46356", "X104", "warning", note="文本里的日期序列号，即2026-11-30")
    cost = mk("小于等于", "B107", "warning", row=True,
              note="1.2万元/公里 × 150公里 = 180万元，超过年度资金150万元")  # fmt: skip
    rows = [
        ("产出指标", "数量指标", "日常养护里程", "大于等于", 150, "公里"),
        (None, "质量指标", "路面病害发生率", up, 3, "%"),
        (None, "时效指标", "雨季巡查完成时间", "小于等于", serial, None),
        ("成本指标", "经济成本指标", "日常养护单价", cost, 1.2, "万元/公里"),
        ("效益指标", "社会效益指标", "采收季节道路通行保障率", "大于等于", pct(0.95), "%"),
        ("满意度指标", "服务对象满意度指标", "沿线群众满意度", "大于等于", 90, "%"),
    ]
    indicators(s, (*HEAD4[:3], "指标性质", "指标值", "计量单位"), rows)
    return b
