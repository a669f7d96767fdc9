"""Quail (鹌鹑) returns of the 588th held-out set: dz07–dz12."""

from __future__ import annotations

from tests.variants.heads import department_head, project_head
from tests.variants.holdout588.common import (
    TIERS,
    book,
    cn,
    indicators,
    notes,
    one_year,
    sign,
    wan,
)
from tests.variants.holdout588.registry import variant
from tests.variants.kit import Book, mk, ok, pct


@variant("dz07-quail-flat-department", (3, 1), "department, flat list (指标名称 · 权重 · "
         "计量单位 · 指标性质 as operator · 指标值), percent cells, 百分点, weights adding to "
         "100 (correct)")  # fmt: skip
def quail_flat_department() -> Book:
    b, s = book()
    department_head(
        s, year=2025, dept="鸣泉县鹌鹑产业服务中心",
        budget=[(wan(280), wan(250), wan(30), wan(110), wan(170))],
        tasks=[("鹌鹑良种推广", "向社员养殖户推广良种鹌鹑苗", wan(90), "推广良种苗50万羽"),
               ("蛋品质量检测", "鹌鹑蛋抽样检测", wan(45), "抽检600批次"),
               ("养殖户培训", "笼养与防疫技术培训", wan(35), "培训800人次"),
               ("金额合计", None, wan(170), None)],
        goal="推广鹌鹑良种苗50万羽，抽检鹌鹑蛋样品600批次，培训养殖户800人次，"
             "良种覆盖率提高5个百分点。",
    )  # fmt: skip
    s.row("指标名称", "权重", "计量单位", "指标性质", "指标值")
    s.table([
        ("推广鹌鹑良种苗", 20, "万羽", "≥", 50),
        ("鹌鹑蛋样品抽检批次", 15, "批次", "≥", 600),
        ("鹌鹑蛋抽检合格率", 15, "%", "≥", pct(0.98)),
        ("养殖户培训人次", 15, "人次", "≥", 800),
        ("鹌鹑苗死淘率", 10, "%", "≤", pct(0.08)),
        ("良种覆盖率提高", 10, "百分点", "≥", 5),
        ("养殖户满意度", 15, "%", "≥", pct(0.9)),
        ("合计", 100, None, None, None),
    ])  # fmt: skip
    sign(s, "莫婉清", "0771-6290045", cn(2024, 11, 22))
    return b


@variant("dz08-quail-artefacts", (9,), "project, OLD-NAT, one value column: a completion date "
         "stored as a 5-digit serial in a text cell, a placeholder value, an HTML tag in the "
         "goal")  # fmt: skip
def quail_artefacts() -> Book:
    b, s = book()
    goal = mk("<p>改造鹌鹑立体笼养舍4栋、配套自动集蛋设备4套，带动养殖户30户。</p>", "X102",
              "warning", note="目标文字中残留<p>标签")  # fmt: skip
    end = mk("46022", "X104", "warning", note="文本单元格中的日期序列号（即2025-12-31）")
    project_head(
        s, year=2025, name="茶垭镇鹌鹑立体笼养设施改造项目", dept="鸣泉县农业农村局（207）",
        unit="鸣泉县茶垭镇金羽鹌鹑养殖专业合作社", money=one_year(75, 60, 15), end=end,
        goals=[goal],
    )  # fmt: skip
    rows = [
        ("产出指标", "数量指标", "改造立体笼养舍", "≥4栋"),
        (None, None, "配套自动集蛋设备", "≥4套"),
        (None, "质量指标", "种蛋受精率", mk("≥XX%", "X101", "error", note="占位符未填写")),
        (None, None, "鹌鹑蛋破损率", "≤2%"),
        (None, "时效指标", "改造完成时间", "2025年9月30日前"),
        (None, "成本指标", "笼养舍改造补助标准", "≤12万元/栋"),
        (None, None, "集蛋设备补助标准", "≤3万元/套"),
        ("效益指标", "经济效益指标", "鹌鹑蛋年产量增长率", "≥20%"),
        (None, "社会效益指标", "带动养殖户", "≥30户"),
        (None, "生态效益指标", "粪污资源化利用率", "≥90%"),
        ("满意度指标", "服务对象满意度指标", "养殖户满意度", "≥90%"),
    ]  # fmt: skip
    indicators(s, (*TIERS, "指标值"), rows)
    sign(s, "罗正帆", "0771-5527364", cn(2024, 12, 9))
    return b


@variant("dz09-quail-footnotes", (4,), "project, OLD-NAT, operators in words in their own "
         "column, "
         "a note row between tiers, a header repeated after a page break, footnotes explaining "
         "the total, 填表说明 and signature lines, two similar names for two measures "
         "(correct)")  # fmt: skip
def quail_footnotes() -> Book:
    b, s = book()
    project_head(
        s, year=2025, name="鸣泉县鹌鹑蛋分级包装能力建设项目", dept="鸣泉县农业农村局（207）",
        unit="鸣泉县双溪鹌鹑产销专业合作社", money=one_year(68, 50, 18),
        goals=["建成鹌鹑蛋分级包装线2条，全年鹌鹑蛋产量1200吨、对外销售900吨，带动养殖户35户。"],
    )  # fmt: skip
    head = (*TIERS, "比较符", "指标值", "计量单位")
    indicators(s, head, [
        ("产出指标", "数量指标", "鹌鹑蛋分级包装线", "等于", 2, "条"),
        (None, None, "鹌鹑蛋产量", "大于等于", 1200, "吨"),
        (None, None, "鹌鹑蛋对外销售量", "大于等于", 900, "吨"),
        (None, "质量指标", "分级后蛋品合格率", "大于等于", pct(0.98), "%"),
        (None, "时效指标", "包装线投产时间", "小于等于", cn(2025, 8, 31), None),
        (None, "成本指标", "包装线购置补助标准", "小于等于", 20, "万元/条"),
    ])  # fmt: skip
    notes(s, "注：产量含合作社自留种蛋，销售量只计对外销售，两项不是同一指标。")
    s.row(*head)
    s.table([
        ("效益指标", "经济效益指标", "分级鹌鹑蛋溢价率", "大于等于", 10, "%"),
        (None, "社会效益指标", "带动养殖户", "大于等于", 35, "户"),
        ("满意度指标", "服务对象满意度指标", "采购商满意度", "大于等于", 90, "%"),
    ], merged=(1, 2))  # fmt: skip
    notes(s, "注1：项目资金合计68万元＝包装线购置40万元＋技术服务28万元。",
          "注2：溢价率以上年同期普通鹌鹑蛋收购均价为基数。",
          "填表说明：比较符填写“大于等于”“小于等于”或“等于”，计量单位单独填写。")  # fmt: skip
    sign(s, "黄慕之", "0771-6233187", cn(2024, 12, 16))
    s.row("单位负责人（签字）：", None, "（单位盖章）", None, "日期", cn(2024, 12, 18))
    return b


@variant("dz10-quail-tier-meaning", (5, 6), "project, NAT-2021, tier labels with * and ★ and "
         "abbreviated: a 合格率 under 时效, a tier-2 left empty, a subsidy standard × count the "
         "money cannot pay")  # fmt: skip
def quail_tier_meaning() -> Book:
    b, s = book()
    project_head(
        s, year=2025, name="蓼坪乡鹌鹑良种苗发放补助项目", dept="鹤岭县农业农村局（402）",
        unit="鹤岭县蓼坪乡鹌鹑养殖专业合作社", money=one_year(180, 150, 30),
        goals=["向社员养殖户发放鹌鹑良种苗200万羽，补助标准每羽1.5元，良种覆盖率提高8个百分点。"],
    )  # fmt: skip
    rows = [
        ("*成本指标", "★经济成本指标", "鹌鹑苗补贴标准", mk("≤1.5元/羽", "B107", "warning",
            row=True, note="1.5元/羽×200万羽＝300万元，超过年度资金180万元")),
        ("*产出指标", "★数量指标", "发放鹌鹑良种苗", "≥200万羽"),
        (None, "质量", "良种苗成活率", "≥95%"),
        (None, "时效", "良种苗发放完成时间", "2025年6月30日前"),
        (None, None, mk("鹌鹑蛋抽检合格率", "F201", "warning", row=True,
            note="合格率属质量指标，却填在时效指标下"), "≥98%"),
        ("*效益指标", "经济效益", "养殖户户均增收", "≥0.5万元"),
        (None, mk("生态效益指标", "F109", "warning", row=True,
            note="模板留下的二级指标，没有三级指标和指标值"), "", ""),
        (None, "社会效益", "良种覆盖率提高", "≥8百分点"),
        ("*满意度指标", "服务对象满意度", "养殖户满意度", "≥90%"),
    ]  # fmt: skip
    indicators(s, (*TIERS, "指标值"), rows)
    sign(s, "陆思源", "0773-2209561", cn(2024, 12, 3))
    return b


@variant("dz11-quail-header-words", (7,), "project, OLD-NAT, two-row header (考核指标 / 预期目标 "
         "over 指标内容 · 绩效目标值 · 计量单位) and a 评价标准 column, 0起 on an incident "
         "count (correct)")  # fmt: skip
def quail_header_words() -> Book:
    b, s = book()
    project_head(
        s, year=2025, name="鹤岭县鹌鹑养殖粪污资源化利用项目", dept="鹤岭县农业农村局（402）",
        unit="鹤岭县青苔鹌鹑养殖专业合作社", money=one_year(96, 80, 16),
        goals=["建设鹌鹑粪污贮存池8座、发酵罐2台，年收集粪污5000吨、生产有机肥2000吨，"
               "粪污综合利用率达到90%以上。"],
    )  # fmt: skip
    s.row("考核指标", None, None, "预期目标", None, "评价标准", merge=[(1, 3), (4, 5)])
    s.row("一级指标", "二级指标", "指标内容", "绩效目标值", "计量单位", None)
    s.ws.merge_cells(start_row=s.r - 1, start_column=6, end_row=s.r, end_column=6)
    full = "达到目标值得满分，未达到按比例扣分"
    s.table([
        ("产出指标", "数量指标", "建设粪污贮存池", "≥8", "座", full),
        (None, None, "配套发酵罐", "≥2", "台", full),
        (None, None, "年收集鹌鹑粪污", "≥5000", "吨", full),
        (None, "质量指标", "有机肥检测合格率", "≥95", "%", full),
        (None, "时效指标", "贮存池建成时间", "2025年10月31日前", None, "逾期不得分"),
        (None, "成本指标", "贮存池建设补助标准", "≤7", "万元/座", "超标准不得分"),
        (None, None, "发酵罐补助标准", "≤12", "万元/台", "超标准不得分"),
        ("效益指标", "经济效益指标", "年产有机肥", "≥2000", "吨", full),
        (None, "社会效益指标", "粪污偷排事件", "=0", "起", "发生1起扣全部分值"),
        (None, "生态效益指标", "鹌鹑粪污综合利用率", "≥90", "%", full),
        (None, "可持续影响指标", "设施设计使用年限", "≥10", "年", full),
        ("满意度指标", "服务对象满意度指标", "周边群众满意度", "≥85", "%", full),
    ], merged=(1, 2))  # fmt: skip
    sign(s, "杜青禾", "0773-4418205", cn(2024, 11, 30))
    return b


@variant("dz12-quail-flat-defects", (3, 12), "department, flat list (指标名称 · 指标值 · 计量单位 "
         "· 权重): tasks not adding to 金额合计, weights adding to 95, a count below the goal "
         "text")  # fmt: skip
def quail_flat_defects() -> Book:
    b, s = book()
    goal = ok("全年完成鹌鹑免疫300万羽次，培训养殖户600人次，抽检鹌鹑蛋400批次，"
              "全年不发生重大动物疫情。", "warning",
              note="the D104 finding may quote this text")  # fmt: skip
    total = mk(wan(80), "B102", "error", note="35+25+25=85，不等于金额合计80")
    department_head(
        s, year=2025, dept="砚湖区畜禽技术推广站",
        budget=[(wan(150), wan(130), wan(20), wan(70), wan(80))],
        tasks=[("鹌鹑疫病防控", "春秋两季集中免疫", wan(35), "免疫300万羽次"),
               ("养殖技术培训", "笼养、孵化与防疫培训", wan(25), "培训养殖户600人次"),
               ("蛋品检测", "鹌鹑蛋药残抽检", wan(25), "抽检400批次"),
               ("金额合计", None, total, None)],
        goal=goal,
    )  # fmt: skip
    b.file_mark("W101", "error", note="权重 20+15+15+20+15+10=95，不是100")
    s.row("指标名称", "指标值", "计量单位", "权重")
    s.table([
        ("鹌鹑疫苗免疫羽次", "≥300", "万羽次", 20),
        ("养殖户培训人次", mk("≥500", "D104", "warning", row=True,
            note="年度总体目标和任务都写培训600人次"), "人次", 15),
        ("鹌鹑蛋抽检批次", "≥400", "批次", 15),
        ("免疫抗体合格率", "≥90", "%", 20),
        ("重大动物疫情发生起数", "=0", "起", 15),
        ("养殖户满意度", "≥90", "%", 10),
    ])  # fmt: skip
    sign(s, "汤若岚", "0775-8806142", cn(2024, 11, 26))
    return b
