"""蓝靛 returns: growing, the 沤制 pits, 靛蓝膏 and the dye workshop's equipment."""

from __future__ import annotations

from tests.variants.heads import department_head, project_head
from tests.variants.holdout682.common import (
    book,
    date,
    details,
    indicators,
    notes,
    one_year,
    sign,
    wan,
)
from tests.variants.holdout682.registry import variant
from tests.variants.kit import Book, mk, pct

DEPT = "砚湄县农业农村局（318021）"
CODE = "53012525000137"


@variant("hp07-indigo-flat-department", (1, 3, 12),
         "department, flat list (指标名称 · 权重 · 计量单位 · 指标性质 · 指标值), typed percent "
         "cells, weights add to 100, tasks add to 项目支出 (correct)")  # fmt: skip
def flat_department() -> Book:
    b, s = book()
    department_head(s, year=2025, dept="砚湄县蓝靛产业发展中心",
                    budget=[[wan(320), wan(280), wan(40), wan(120), wan(200)]],
                    tasks=[["蓝靛种植示范", "建设马蓝、蓼蓝示范田500亩", wan(110), "示范田500亩"],
                           ["靛蓝膏加工", "改造沤制池20口", wan(90), "年产靛蓝膏40吨以上"],
                           ["金额合计", None, wan(200), None]],
                    goal="1.建成蓝靛示范田500亩；2.改造沤制池20口，年产靛蓝膏40吨以上；"
                         "3.带动种植户150户。")  # fmt: skip
    s.row("年度绩效指标", merge=[(1, 5)])
    s.row("指标名称", "权重", "计量单位", "指标性质", "指标值")
    s.table([
        ["示范田面积", 15, "亩", "≥", 500],
        ["沤制池改造数量", 15, "口", "≥", 20],
        ["靛蓝膏产量", 15, "吨", "≥", 40],
        ["靛蓝膏含靛量达标率", 15, "%", "≥", pct(0.95)],
        ["鲜叶收购均价", 10, "元/公斤", "≤", 3.5],
        ["废水达标排放率", 10, "%", "=", pct(1)],
        ["带动种植户", 10, "户", "≥", 150],
        ["种植户满意度", 10, "%", "≥", 90],
    ])  # fmt: skip
    s.row("合计", 100)
    sign(s, "韦青禾", "0871-6634 5512", date(2024, 11, 22))
    return b


@variant("hp08-indigo-department-tasks", (5, 12),
         "department, NAT-2021 with ★ and * labels: tasks not adding to 金额合计, a pit count "
         "against the goal, last year's deadline in the goal")  # fmt: skip
def department_tasks() -> Book:
    b, s = book()
    goal = mk("新建蓝靛沤制池40口，繁育蓝靛种苗300万株，于2024年12月底前完成全部沤制池验收。",
              "Y103", "warning", alt=("Y102", "Y101"),
              note="2025年度目标写2024年底前验收：上年的期限留在了文字里")  # fmt: skip
    department_head(s, year=2025, dept="砚湄县农业技术推广站",
                    budget=[[wan(260), wan(230), wan(30), wan(100), wan(160)]],
                    tasks=[["蓝靛良种繁育", "繁育种苗300万株", wan(70), "种苗300万株"],
                           ["沤制池建设", "新建沤制池40口", wan(60), "沤制池40口投入使用"],
                           ["技术培训", "培训种植户800人次", wan(20), "培训800人次"],
                           ["金额合计", None,
                            mk(wan(160), "B102", "error", note="70+60+20=150，写成160"), None]],
                    goal=goal)  # fmt: skip
    indicators(s, [
        ["★成本指标", "*经济成本指标", "沤制池单口建设成本", "≤1.5万元/口"],
        ["★产出指标", "*数量指标", "新建沤制池",
         mk("≥30口", "D104", "warning", note="年度目标和任务都写40口")],
        [None, None, "繁育蓝靛种苗", "≥300万株"],
        [None, None, "种植户培训", "≥800人次"],
        [None, "*质量指标", "种苗成活率", "≥90%"],
        [None, "*时效指标", "种苗供应完成时间", "2025年4月30日前"],
        ["★效益指标", "*经济效益指标", "种植户亩均增收", "≥400元"],
        ["★满意度指标", "*服务对象满意度指标", "种植户满意度", "≥90%"],
    ], caption="年度绩效指标")  # fmt: skip
    return b


@variant("hp09-indigo-operator-column", (4, 11),
         "project, OLD-NAT, operator and unit columns with bare numbers, a 下降率 with ≥, 0 起 "
         "on accidents, a note row inside and footnotes under the table (correct)")  # fmt: skip
def operator_column() -> Book:
    b, s = book()
    project_head(
        s,
        year=2025,
        name="靛湾村蓝靛染料作坊清洁化改造",
        dept=DEPT,
        unit="芗岭乡人民政府",
        money=one_year(wan(95), wan(80), wan(15)),
        goals=["完成20家蓝靛染料作坊清洁化改造，废水COD浓度下降20%以上，全年无安全事故。"],
    )
    indicators(s, [
        ["产出指标", "数量指标", "改造染料作坊", "≥", 20, "家"],
        [None, "质量指标", "染色色牢度合格率", "≥", 95, "%"],
        [None, None, "注：下降率以2024年监测均值为基数", None, None, None],
        [None, None, "废水COD浓度下降率", "≥", 20, "%"],
        [None, "时效指标", "改造完成时间", "≤", 10, "个月"],
        [None, "成本指标", "单家作坊改造补助", "≤", 4.5, "万元/家"],
        ["效益指标", "生态效益指标", "安全生产事故", "≤", 0, "起"],
        [None, "社会效益指标", "带动染坊从业人员", "≥", 120, "人"],
        ["满意度指标", "服务对象满意度指标", "作坊主满意度", "≥", 90, "%"],
    ], head=("一级指标", "二级指标", "三级指标", "指标性质", "指标值", "计量单位"))  # fmt: skip
    notes(s, "注：1.单家补助4.5万元×20家=90万元，余5万元为监测费用；",
          "2.“改造完成时间≤10个月”指2025年10月底前完成。")  # fmt: skip
    sign(s, "覃远汀", "0871-6630 7718", date(2024, 12, 3))
    return b


@variant("hp10-indigo-paste-tiers", (5,),
         "project, NAT-2021, abbreviated tier labels: a quality rate under 时效, the same "
         "output with two values under two tier-2s")  # fmt: skip
def paste_tiers() -> Book:
    b, s = book()
    project_head(
        s,
        year=2025,
        name="靛蓝膏加工厂扩能改造",
        dept=DEPT,
        unit="砚湄县蓝靛产业发展中心",
        money=one_year(wan(120), wan(100), wan(20)),
        goals=["扩建靛蓝膏加工车间1座，年产靛蓝膏60吨，产品批次合格率95%以上。"],
    )
    indicators(s, [
        ["成本", "经济成本", "车间扩建成本", "≤100万元"],
        ["产出", "数量", "扩建加工车间", "≥1座"],
        [None, None, "靛蓝膏年产量", "≥60吨"],
        [None, "时效", "靛蓝膏批次合格率",
         mk("≥95%", "F201", "warning", row=True, note="质量类合格率填在时效下")],
        [None, None, "车间投产时间", "2025年8月31日前"],
        ["效益", "经济效益", "靛蓝膏年产量",
         mk("≥80吨", "D102", "error", row=True, alt=("D103", "D101", "D104"),
            note="与数量指标同名，一处60吨一处80吨")],
        [None, "社会效益", "带动就业", "≥35人"],
        ["满意度", "服务对象满意度", "收购染坊满意度", "≥90%"],
    ])  # fmt: skip
    return b


@variant(
    "hp11-indigo-budget-export",
    (7, 12),
    "budget-system export: money on sheet 05-1, indicators on sheet 05-2 under header "
    "绩效目标值 on the third row, project code and name in the first columns (correct)",
)
def budget_export() -> Book:
    b, s = book("部门项目支出预算05-1", (14, 26, 14, 14, 14, 14))
    s.title("部门项目支出预算表（2025年）", 6)
    s.row("单位：万元")
    s.row("项目编码", "项目名称", "资金总额", "财政拨款", "其他资金", "项目期")
    s.row(CODE, "蓝靛种苗繁育圃建设", wan(84), wan(74), wan(10), "2025年")
    s.row("合计", None, wan(84), wan(74), wan(10), None)
    t = b.sheet("部门项目支出绩效目标05-2", (14, 22, 12, 14, 26, 16))
    t.title("部门项目支出绩效目标表（2025年）", 6)
    t.row("单位：万元")
    t.row("项目编码", "项目名称", "一级指标", "二级指标", "三级指标", "绩效目标值")
    t.table([
        [CODE, "蓝靛种苗繁育圃建设", "产出指标", "数量指标", "繁育种苗总量", "≥300万株"],
        [None, None, None, None, "其中：马蓝种苗", "≥200万株"],
        [None, None, None, None, "其中：蓼蓝种苗", "≥100万株"],
        [None, None, None, "质量指标", "种苗出圃合格率", "≥95%"],
        [None, None, None, "时效指标", "种苗出圃时间", "2025年4月15日前"],
        [None, None, "成本指标", "经济成本指标", "种苗繁育成本", "≤0.25元/株"],
        [None, None, "效益指标", "经济效益指标", "供苗面积", "≥6000亩"],
        [None, None, "满意度指标", "服务对象满意度指标", "领苗农户满意度", "≥90%"],
    ], merged=(1, 2, 3, 4))  # fmt: skip
    return b


@variant("hp12-indigo-dye-equipment", (12,),
         "project, OLD-NAT, detail lines under the table: a unit cost × count above the money, "
         "lines not adding to their total, an installation date in the next year")  # fmt: skip
def dye_equipment() -> Book:
    b, s = book()
    project_head(
        s,
        year=2025,
        name="靛湾村蓝染染坊设备购置",
        dept=DEPT,
        unit="芗岭乡人民政府",
        money=one_year(wan(40), wan(35), wan(5)),
        goals=["为村集体蓝染染坊购置染缸60口、晾晒架30组，年内安装投用。"],
    )
    indicators(s, [
        ["产出指标", "数量指标", "购置染缸", "≥60口"],
        [None, None, "购置晾晒架", "≥30组"],
        [None, "质量指标", "设备验收合格率", "≥98%"],
        [None, "时效指标", "设备安装完成时间",
         mk(date(2026, 3, 31), "Y102", "error", alt=("Y101",),
            note="一年期2025年项目，完成日期写到2026年")],
        [None, "成本指标", "染缸购置单价",
         mk("≤0.8万元/口", "B107", "warning", row=True,
            note="0.8万元×60口=48万元，超过年度资金40万元")],
        ["效益指标", "社会效益指标", "染坊接待体验游客", "≥5000人次"],
        ["满意度指标", "服务对象满意度指标", "染坊手艺人满意度", "≥90%"],
    ])  # fmt: skip
    details(s, "资金测算明细", [
        ["染缸购置", wan(24), "0.4万元/口×60口"],
        ["晾晒架购置", wan(10), "0.33万元/组×30组"],
        ["安装调试", wan(8), "按台套计"],
    ], mk(wan(40), "B102", "error", note="24+10+8=42，合计写40"))  # fmt: skip
    return b
