"""One-year project tables (nk01–nk05)."""

from __future__ import annotations

from tests.variants.heads import project_head
from tests.variants.holdout157.common import (
    TIERS4,
    detail,
    footnote,
    one_year,
    signature,
    w,
)
from tests.variants.holdout157.registry import variant
from tests.variants.kit import Book, mk, pct


@variant("nk01-wetland-upkeep", (1, 2), "project, one year, NAT-2021, operators in the values; "
         "look-alikes ≤0% growth of a unit cost and =0起 accidents")  # fmt: skip
def nk01() -> Book:
    b = Book()
    s = b.sheet("项目绩效目标表")
    project_head(
        s, year=2026, name="白鹭湖湿地公园保洁养护项目", dept="青岚市园林绿化局（218）",
        unit="青岚市白鹭湖湿地公园管理处",
        money=one_year(186.4, 166.4, 20),
        goals=["2026年完成白鹭湖湿地公园312公顷范围日常保洁、绿化养护和设施维修，保持园容整洁，"
               "游客满意度不低于90%。"],
    )  # fmt: skip
    s.row(*TIERS4)
    s.table(
        [
            ("成本指标", "经济成本指标", "每公顷年度保洁养护成本", "≤0.55万元/公顷"),
            (None, None, "保洁养护单位成本增长率", "≤0%"),
            ("产出指标", "数量指标", "保洁养护面积", "≥312公顷"),
            (None, None, "园区设施维修", "≥150处"),
            (None, "质量指标", "绿化植物保存率", "≥95%"),
            (None, None, "园区垃圾日产日清率", "≥98%"),
            (None, "时效指标", "设施报修响应时间", "≤24小时"),
            ("效益指标", "社会效益指标", "园区安全责任事故", "=0起"),
            (None, "生态效益指标", "湿地植被覆盖率", "≥85%"),
            (None, "可持续影响指标", "日常养护长效机制", "建立并执行"),
            ("满意度指标", "服务对象满意度指标", "游客满意度", "≥90%"),
        ],
        merged=(1, 2),
    )
    footnote(s, "注：本表金额单位为万元；成本指标按年度养护合同测算。")
    signature(s, "方启明", "0571-8326 4410", "2025年10月28日")
    return b


@variant("nk02-water-testing", (1, 11), "project, one year, OLD-NAT, operator and unit "
         "columns, percent cells: a pass rate of 100.50%, a complaint rate with ≥")  # fmt: skip
def nk02() -> Book:
    b = Book()
    s = b.sheet("Sheet1")
    project_head(
        s, year=2026, name="农村饮水安全水质检测项目", dept="临溪县水利局（305）",
        unit="临溪县农村供水服务中心",
        money=one_year(68, 68, 0),
        goals=["2026年对全县86处集中供水工程开展水质检测，检测水样1200份以上，及时出具检测报告，"
               "保障农村饮水安全。"],
    )  # fmt: skip
    s.row("一级指标", "二级指标", "三级指标", "指标性质", "指标值", "计量单位")
    s.table(
        [
            ("产出指标", "数量指标", "水样检测", "≥", 1200, "份"),
            (None, None, "覆盖集中供水工程", "≥", 86, "处"),
            (None, "质量指标", "检测报告合格率", "≥",
             mk(pct(1.005, "0.00%"), "T106", "error", note="100.50% is above the ceiling"),
             "%"),
            (None, None, "检测数据准确率", "≥", pct(0.98), "%"),
            (None, "时效指标", "检测报告出具时间", "≤", 7, "个工作日"),
            (None, "成本指标", "单份水样检测成本", "≤", 450, "元/份"),
            ("效益指标", "社会效益指标", "饮水安全投诉率",
             mk("≥", "T108", "warning", row=True, note="a 投诉率 is 反向: ≤ was meant"),
             pct(0.02), "%"),
            (None, None, "水质检测信息公开率", "≥", pct(0.95), "%"),
            (None, "可持续影响指标", "水质检测长效机制", "定性", "建立并执行", None),
            ("满意度指标", "服务对象满意度指标", "供水户满意度", "≥", pct(0.9), "%"),
        ],
        merged=(1, 2),
    )  # fmt: skip
    return b


@variant("nk03-fire-facilities", (8, 12), "project, one year, NAT-2021, unit column: a "
         "completion date after the project's end, a detail list above its 合计")  # fmt: skip
def nk03() -> Book:
    b = Book()
    s = b.sheet("Sheet1")
    project_head(
        s, year=2026, name="老旧小区消防设施改造项目", dept="白沙河区住房和城乡建设局",
        unit="白沙河区城市更新服务中心", attr="一次性项目",
        money=one_year(240, 200, 40),
        goals=["2026年完成12个老旧小区、1400户消防设施改造，改造设施验收合格，"
               "居民满意度达到90%以上。"],
    )  # fmt: skip
    s.row("一级指标", "二级指标", "三级指标", "指标值", "计量单位")
    s.table(
        [
            ("成本指标", "经济成本指标", "户均改造成本", "≤0.16", "万元/户"),
            ("产出指标", "数量指标", "改造老旧小区", "≥12", "个"),
            (None, None, "改造户数", "≥1400", "户"),
            (None, "质量指标", "消防设施验收合格率", "≥98", "%"),
            (None, "时效指标", "改造完工时间",
             mk("2027年3月31日前", "Y102", "error", alt=("Y103",),
                note="the project runs 2026-01-01 to 2026-12-31"),
             None),
            ("效益指标", "社会效益指标", "改造小区火灾事故", "=0", "起"),
            (None, "可持续影响指标", "消防设施完好率", "≥95", "%"),
            ("满意度指标", "服务对象满意度指标", "居民满意度", "≥90", "%"),
        ],
        merged=(1, 2),
    )  # fmt: skip
    detail(
        s,
        [("消防管网改造", w(128)), ("烟感报警器安装", w(64)), ("消防通道标识", w(18)),
         ("监理及验收", w(42))],
        mk(w(240), "B102", "error", alt=("B101",), note="128 + 64 + 18 + 42 = 252, not 240"),
    )  # fmt: skip
    return b


@variant("nk04-skills-subsidy", (1, 4, 11), "project, one year, OLD-NAT, direction column "
         "(正向/反向), operator column, unit column, percent cells, 填表说明 and "
         "signatures")  # fmt: skip
def nk04() -> Book:
    b = Book()
    s = b.sheet("绩效目标")
    project_head(
        s, year=2027, name="职业技能提升培训补贴项目", dept="青岚市人力资源和社会保障局",
        unit="青岚市职业能力建设指导中心",
        money=one_year(150, 120, 30),
        goals=["2027年开设15个工种的职业技能培训，补贴培训1000人，培训考核合格率达到85%以上，"
               "补贴资金按时足额发放。"],
    )  # fmt: skip
    s.row("一级指标", "二级指标", "三级指标", "指标性质", "比较符", "指标值", "计量单位")
    s.table(
        [
            ("产出指标", "数量指标", "补贴培训人数", "正向", "≥", 1000, "人"),
            (None, None, "开设培训工种", "正向", "≥", 15, "个"),
            (None, "质量指标", "培训考核合格率", "正向", "≥", pct(0.85), "%"),
            (None, None, "补贴发放差错率", "反向", "≤", pct(0.01), "%"),
            (None, "时效指标", "补贴资金发放时间", "反向", "≤", 30, "个工作日"),
            (None, "成本指标", "人均培训补贴标准", "反向", "≤", 1400, "元/人"),
            ("效益指标", "经济效益指标", "参训人员就业率", "正向", "≥", pct(0.7), "%"),
            (None, "社会效益指标", "参训人员取证率", "正向", "≥", pct(0.8), "%"),
            (None, "可持续影响指标", "参训人员就业六个月后在岗率", "正向", "≥", pct(0.8), "%"),
            ("满意度指标", "服务对象满意度指标", "参训人员满意度", "正向", "≥", pct(0.9), "%"),
        ],
        merged=(1, 2),
    )  # fmt: skip
    footnote(
        s,
        "填表说明：1.指标性质填写正向或反向；2.比较符填写≥、≤或=；3.百分比指标的计量单位填写%。",
        "本表一式两份，报市财政局一份，本单位留存一份。",
    )
    signature(s, "周岩", "0571-8607 2213", "2026年10月15日")
    s.row("财务负责人：钱晓雯", None, "填表人：孙一鸣")
    return b


@variant("nk05-after-school", (1, 8), "project, one year, NAT-2021, operator column, percent "
         "cells without a unit: a 满意度 typed 0.9 in a General cell, the title's "
         "year wrong")  # fmt: skip
def nk05() -> Book:
    b = Book()
    s = b.sheet("Sheet1")
    project_head(
        s, year=2026, name="中小学课后服务补助项目", dept="临溪县教育局（402）",
        unit="临溪县教育局", attr="常年项目",
        title=mk("2025年度项目支出绩效目标申报表", "Y101", "error", alt=("Y102",),
                 note="dates and goal are 2026; only the title says 2025"),
        money=one_year(96, 96, 0),
        goals=["2026年在全县42所中小学开展课后服务，惠及学生3000人以上，学生和家长满意度达到90%"
               "以上。"],
    )  # fmt: skip
    s.row("一级指标", "二级指标", "三级指标", "比较符", "指标值", "计量单位")
    s.table(
        [
            ("成本指标", "经济成本指标", "生均课后服务补助标准", "≤", 300, "元/人"),
            ("产出指标", "数量指标", "开展课后服务学校", "≥", 42, "所"),
            (None, None, "受益学生", "≥", 3000, "人"),
            (None, "质量指标", "课后服务学生参与率", "≥", pct(0.8), None),
            (None, "时效指标", "补助资金拨付时间", "≤", 20, "个工作日"),
            ("效益指标", "社会效益指标", "课后服务学校覆盖率", "≥", pct(0.95), None),
            (None, "可持续影响指标", "课后服务管理制度", "定性", "健全", None),
            ("满意度指标", "服务对象满意度指标", "学生满意度", "≥", pct(0.9), None),
            (None, None, "家长满意度", "≥",
             mk(0.9, "T105", "error", alt=("T114", "T116", "T104"),
                note="0.9 in a General cell shows 0.9, not 90%"),
             None),
        ],
        merged=(1, 2),
    )  # fmt: skip
    return b
