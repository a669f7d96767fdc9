"""Returns uh07–uh12: channel dredging, navigation marks and waterway regulation."""

from __future__ import annotations

from tests.variants.heads import department_head, project_head
from tests.variants.holdout336.common import DEPT, YEAR, book, funds, notes, sign, table, wan
from tests.variants.holdout336.registry import variant
from tests.variants.kit import Book, C, day, mk

ONE_HEAD = ("一级指标", "二级指标", "三级指标", "指标值")
UNIT = "朔澜市航道事务中心"


@variant("uh07-dredging-notes", (4,),
         "project, OLD-NAT, one value column: a 说明 row inside the table, footnotes "
         "on the total, 填表说明, signature, a prior-year fill date (correct)")  # fmt: skip
def uh07() -> Book:
    b, s = book()
    project_head(s, year=YEAR, name="青苇河航道汛前维护性疏浚", dept=DEPT, unit=UNIT,
                 money=funds(480, 450, 30),
                 goals=["汛前完成青苇河浅滩段维护性疏浚，保持航道维护尺度。"])  # fmt: skip
    table(
        s,
        ONE_HEAD,
        [
            ["产出指标", "数量指标", "航道疏浚土方量", "≥12万立方米"],
            [None, None, "航道维护里程", "≥64公里"],
            [None, "质量指标", "疏浚后航道水深达标率", "≥98%"],
            [None, "时效指标", "汛前疏浚完成时间", "2025年5月31日前"],
            [None, "成本指标", "单位疏浚成本", "≤35元/立方米"],
        ],
    )
    s.row("说明：航道水深以设计最低通航水位为基准面起算。", merge=[(1, 4)])
    s.table(
        [
            ["效益指标", "经济效益指标", "航道年通过能力", "≥3200万吨"],
            [None, "社会效益指标", "船舶搁浅事故", "0起"],
            [None, "生态效益指标", "疏浚土综合利用率", "≥60%"],
            ["满意度指标", "服务对象满意度指标", "航运企业满意度", "≥90%"],
        ],
        merged=(1, 2),
    )
    notes(s, "注：1. 项目资金480万元中，疏浚工程420万元，水深测量及监理60万元。",
          "2. 疏浚土方量以竣工水深测量成果为准。",
          "填表说明：指标值应写明比较符和计量单位，定性指标填写评价等级。", width=4)  # fmt: skip
    sign(s, "曾望舒", "戴沐青", "0736-5128473", day(YEAR - 1, 11, 18))
    return b


@variant("uh08-marks-page-break", (4,),
         "department, NAT-2021, weight column: a 小计 row before a page break, the header row "
         "repeated, another 小计 and a 合计 row (correct)")  # fmt: skip
def uh08() -> Book:
    b, s = book()
    department_head(s, year=YEAR, dept="朔澜市航标管理站",
                    budget=[[wan(636), wan(596), wan(40), wan(266), wan(370)]],
                    goal="航标正常率保持在99%以上，完成辖区航道测量。",
                    tasks=[["航标维护", "维护辖区航标146座", wan(150), "航标维护正常率不低于99%"],
                           ["航道测量", "辖区航道年度测量210公里", wan(220), "按时发布航道图"],
                           ["金额合计", None, wan(370), None]])  # fmt: skip
    head = ("一级指标", "二级指标", "三级指标", "指标值", "权重（分）")
    table(
        s,
        head,
        [
            ["成本指标", "经济成本指标", "单座航标年度维护成本", "≤1万元/座", 10],
            ["产出指标", "数量指标", "维护航标数量", "≥146座", 15],
            [None, None, "航道测量里程", "≥210公里", 10],
            [None, "质量指标", "航标维护正常率", "≥99%", 15],
            [None, "时效指标", "航标失常修复时间", "≤24小时", 10],
        ],
    )
    s.row("小计", None, None, None, 60)
    s.skip()
    table(
        s,
        head,
        [
            ["效益指标", "社会效益指标", "船舶触碰航标事故", "0起", 10],
            [None, "可持续影响指标", "航标遥测遥控覆盖率", "≥85%", 10],
            [None, "生态效益指标", "废旧航标电池回收率", "=100%", 10],
            ["满意度指标", "服务对象满意度指标", "船员对航标服务满意度", "≥92%", 10],
        ],
    )
    s.row("小计", None, None, None, 40)
    s.row("合计", None, None, None, 100)
    return b


@variant("uh09-dredging-defects", (4, 9),
         "project, OLD-NAT, one value column, a note row and footnotes: a 合格率 above 100%, "
         "the planned end date pasted as a text serial")  # fmt: skip
def uh09() -> Book:
    b, s = book()
    end = mk("45991", "X104", "warning", note="2025-11-30 pasted as a text serial")
    project_head(s, year=YEAR, name="鹭汀港区进港航道疏浚", dept=DEPT, unit=UNIT,
                 money=funds(396, 380, 16), end=end,
                 goals=["完成鹭汀港区进港航道疏浚，恢复设计通航水深。"])  # fmt: skip
    table(
        s,
        ONE_HEAD,
        [
            ["产出指标", "数量指标", "进港航道疏浚土方量", "≥9万立方米"],
            [
                None,
                "质量指标",
                "疏浚工程验收合格率",
                mk("≥105%", "T106", "error", note="a 合格率 cannot exceed 100%"),
            ],
            [None, "时效指标", "疏浚完工时间", "2025年11月30日前"],
            [None, "成本指标", "单位疏浚成本", "≤40元/立方米"],
            ["效益指标", "经济效益指标", "进港船舶平均载货量提高", "≥8%"],
            ["满意度指标", "服务对象满意度指标", "港口企业满意度", "≥90%"],
        ],
    )
    notes(s, "注：疏浚土方量按设计断面计算，超挖部分不计量。", width=4)
    return b


LABELS = ("一、产出指标（45分）", "（一）数量", "★（二）质量指标", "（三）时效",
          "二、成本指标（15分）", "（一）经济成本", "三、效益指标（30分）", "（一）社会效益指标",
          "（二）生态效益", "四、满意度指标（10分）", "（一）服务对象满意度")  # fmt: skip


@variant("uh10-tier-labels-channel", (5, 7),
         "project, NAT-2021, numbered tier labels with points, ★ and abbreviations, headers "
         "考核指标 and 绩效标准 (correct)")  # fmt: skip
def uh10() -> Book:
    b, s = book()
    project_head(s, year=YEAR, name="朔澜江锚地航标配布", dept=DEPT, unit="朔澜市航标管理站",
                 money=funds(260, 260, 0),
                 goals=["新设锚地航标，完善夜航助航设施，降低锚地船舶碰撞风险。"])  # fmt: skip
    q1, q2, q3, q4, c1, c2, e1, e2, e3, m1, m2 = LABELS
    table(
        s,
        ("一级指标", "二级指标", "考核指标", "绩效标准"),
        [
            [q1, q2, "新设锚地航标数量", "≥38座"],
            [None, q3, "航标配布合格率", "≥98%"],
            [None, q4, "航标设置完成时间", "2025年9月30日前"],
            [c1, c2, "单座新设航标购置安装成本", "≤6万元/座"],
            [e1, e2, "锚地船舶碰撞事故起数", "≤1起"],
            [None, e3, "航标太阳能供电比例", "≥90%"],
            [m1, m2, "锚地船舶满意度", "≥90%"],
        ],
    )
    return b


@variant("uh11-wrong-parent-channel", (5,),
         "project, NAT-2021, numbered labels: a 社会效益指标 block under 产出指标, a count in a "
         "name against its value, a completion time given as a percentage")  # fmt: skip
def uh11() -> Book:
    b, s = book()
    project_head(s, year=YEAR, name="青苇河上游航道整治", dept=DEPT, unit=UNIT,
                 money=funds(620, 560, 60),
                 goals=["整治青苇河上游碍航浅滩，提升航道等级。"])  # fmt: skip
    table(
        s,
        ONE_HEAD,
        [
            [
                "一、产出指标",
                "1.数量指标",
                mk("整治碍航浅滩3处", "T110", "warning", note="3 in the name, ≥4处 as the value"),
                "≥4处",
            ],
            [None, None, "新建护岸长度", "≥1.8公里"],
            [None, "2.质量指标", "整治工程验收合格率", "=100%"],
            [
                None,
                "3.时效指标",
                "航道整治完工时间",
                mk("100%", "T113", "warning", note="a deadline given as a percentage"),
            ],
            [
                None,
                mk("4.社会效益指标", "F105", "error", note="a 效益 tier-2 under 产出指标"),
                "沿线渡口通航安全事故",
                "0起",
            ],
            ["二、成本指标", "1.经济成本指标", "单位护岸建设成本", "≤300万元/公里"],
            ["三、效益指标", "1.经济效益指标", "整治段船舶通过量", "≥1500万吨"],
            ["四、满意度指标", "1.服务对象满意度指标", "航运企业满意度", "≥90%"],
        ],
    )
    return b


@variant("uh12-export-second-sheet", (6, 7, 13),
         "budget-system export: money on sheet 05-1, indicators on sheet 05-2 with codes in the "
         "first columns, header (预期实现值) on row 3; empty tier-2, nameless row")  # fmt: skip
def uh12() -> Book:
    b, s = book("部门项目支出预算05-1", (14, 26, 14, 14, 14))
    s.title("部门项目支出预算表", 5)
    s.row("单位：万元")
    s.row("项目编码", "项目名称", "资金总额", "财政拨款", "其他资金")
    code, name = "406003250017", "青苇河下游航道养护"
    s.row(code, name, wan(318), wan(300), wan(18))
    s.row("合计", None, wan(318), wan(300), wan(18))
    t = b.sheet("部门项目支出绩效目标05-2", (14, 22, 14, 18, 28, 16))
    t.title("部门项目支出绩效目标表", 6)
    t.row("填报单位：朔澜市航道事务中心")
    gap = C(None)
    table(
        t,
        ("项目编码", "项目名称", "一级指标", "二级指标", "三级指标", "预期实现值"),
        [
            [code, name, "产出指标", "数量指标", "航道养护里程", "≥86公里"],
            [None, None, None, None, "航标维护数量", "≥52座"],
            [None, None, None, "质量指标", "航道维护尺度达标率", "≥97%"],
            [
                None,
                None,
                None,
                "时效指标",
                mk(gap, "F110", "error", note="a value without a name"),
                "≤48小时",
            ],
            [None, None, "成本指标", "经济成本指标", "单公里航道养护成本", "≤3.5万元/公里"],
            [None, None, "效益指标", "社会效益指标", "船舶搁浅事故", "0起"],
            [
                None,
                None,
                None,
                mk(
                    "生态效益指标",
                    "F109",
                    "warning",
                    row=True,
                    note="template tier-2 left without indicator or value",
                ),
                None,
                None,
            ],
            [None, None, "满意度指标", "服务对象满意度指标", "航运企业满意度", "≥90%"],
        ],
        merged=(1, 2, 3, 4),
    )
    return b
