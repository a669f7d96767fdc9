"""Visitor education at the salt fields: guides, study tours, exhibitions (ze13-ze18)."""

from __future__ import annotations

from tests.variants.holdout463.common import (
    SCHOOL,
    YEAR,
    book,
    department,
    funds,
    indicators,
    note,
    project,
    sign,
    w,
)
from tests.variants.holdout463.registry import variant
from tests.variants.kit import CN_DATE, Book, C, day, mk, money, pct


@variant(
    "ze13-footnotes",
    (4,),
    "project, OLD-NAT, one value column: an instruction row inside "
    "the table, a 注 explaining the total, 填表说明, signature and date lines (correct)",
)
def ze13() -> Book:
    b, s = book()
    project(s, name="盐田讲解员培训及研学手册编印项目", unit=SCHOOL,
            money_rows=funds(w(56), w(50), w(6)),
            goals=["培训盐田讲解员，编印中小学盐田研学手册，提升研学讲解质量。"])  # fmt: skip
    s.row("一级指标", "二级指标", "三级指标", "指标值")
    note(s, "（带★的为核心指标，不得删除；指标值须含比较符和计量单位）", 4)
    s.table([
        ("产出指标", "数量指标", "★培训持证讲解员", "≥40人"),
        (None, None, "研学手册印制", "≥9000册"),
        (None, "质量指标", "讲解员考核合格率", "≥90%"),
        (None, "时效指标", "研学手册发放时间", "9月1日前"),
        (None, "成本指标", "研学手册单册印制成本", "≤42元/册"),
        ("效益指标", "社会效益指标", "参与研学学生对海盐文化的知晓率", "≥85%"),
        ("满意度指标", "服务对象满意度指标", "★研学师生满意度", "≥90%"),
    ], merged=(1, 2))  # fmt: skip
    note(s, "注：项目资金56万元，其中讲解员培训18万元、研学手册编印38万元。", 4)
    note(s, "填表说明：1.指标值以比较符、数值和计量单位填写；2.定性指标填写等级。", 4)
    sign(s, "林汐", "0597-6640718", day(YEAR - 1, 12, 6, CN_DATE))
    s.row("审核人：", "陈卤生")
    return b


@variant(
    "ze14-page-break-money",
    (4, 12),
    "department, NAT-2021, weight column, header repeated "
    "after a page break, subtotal rows: budget and tasks not adding up, a rate ≥100%",
)
def ze14() -> Book:
    b, s = book()
    total = mk(w(260), "B101", "error", row=True,
               note="基本支出 150 + 项目支出 120 = 270 ≠ 资金总额 260")  # fmt: skip
    department(s, dept=SCHOOL, budget=(total, w(230), w(30), w(150), w(120)),
               goal="运营盐田研学基地，培训讲解员，面向中小学生开展海盐文化教育。",
               tasks=[("研学基地运营", "课程实施与场地维护", w(70), "全年开放"),
                      ("讲解员培训", "分批次培训与考核", w(40), "持证上岗"),
                      ("金额合计", None, mk(w(120), "B102", "error",
                                             note="70 + 40 = 110, not 120"), None)])  # fmt: skip
    head = ("一级指标", "二级指标", "三级指标", "指标值", "权重")
    indicators(s, head, [
        ("产出指标", "数量指标", "接待研学学生人次", "≥18000人次", 15),
        (None, None, "开发研学课程", "≥12门", 10),
        (None, "质量指标", "讲解员持证上岗率", "100%", 10),
        (None, "时效指标", "春秋季研学开放时间", "3月1日前", 10),
        ("小计", None, None, None, 45),
    ])  # fmt: skip
    note(s, "（接下页）", 5)
    indicators(s, head, [
        ("成本指标", "经济成本指标", "生均研学成本", "≤35元/人次", 10),
        ("效益指标", "社会效益指标", "学生海盐文化知识测试合格率", "≥85%", 20),
        (None, "可持续影响指标", "研学课程年度更新机制", "建立并执行", 10),
        ("满意度指标", "服务对象满意度指标", "研学课程家长满意度",
         mk("≥100%", "T106", "error", note="a 满意度 cannot exceed 100%: ≥100% is impossible"),
         15),
        ("小计", None, None, None, 55),
        ("合计", None, None, None, 100),
    ])  # fmt: skip
    return b


@variant(
    "ze15-template-rows",
    (6, 7, 13),
    "project, NAT-2021, header 预期目标: a tier-2 left from "
    "the template without indicator, a value without a name",
)
def ze15() -> Book:
    b, s = book()
    project(s, name="海盐文化流动展览进社区项目", unit="咸岙县海盐文化馆",
            money_rows=funds(w(38), w(38), w(0)),
            goals=["制作海盐文化流动展板，巡展进社区、进学校。"])  # fmt: skip
    indicators(s, ("一级指标", "二级指标", "三级指标", "预期目标"), [
        ("产出指标", "数量指标", "巡展场次", "≥20场"),
        (None, None, mk(None, "F110", "error", note="a value with no indicator name"),
         "≥12000人次"),
        (None, "质量指标", "展板内容专家审核通过率", "100%"),
        (None, mk("时效指标", "F109", "warning", row=True, note="template tier-2 left empty"),
         None, None),
        ("成本指标", "经济成本指标", "每场巡展成本", "≤1.5万元/场"),
        ("效益指标", "社会效益指标", "观展居民海盐文化知晓率", "≥75%"),
        ("满意度指标", "服务对象满意度指标", "观展群众满意度", "≥90%"),
    ])  # fmt: skip
    return b


@variant(
    "ze16-system-export",
    (7,),
    "budget-system export: money on 「部门项目支出预算05-1」, the "
    "table on 「部门项目支出绩效目标05-2」 with codes first, header on row 3 (考核指标, "
    "目标值（年度）, 评价标准) (correct)",
)
def ze16() -> Book:
    b, s = book("部门项目支出预算05-1", (12, 22, 16, 26, 12, 12, 12))
    s.title(f"{YEAR}年部门项目支出预算表", 7)
    s.row("单位：万元")
    s.row("单位代码", "单位名称", "项目代码", "项目名称", "资金总额", "财政拨款", "其他资金")
    s.row("207005", "咸岙县海盐文化馆", "33102524207000118", "盐田研学旅游线路开发项目",
          w(64), w(54), w(10))  # fmt: skip
    t = b.sheet("部门项目支出绩效目标05-2", (12, 16, 14, 14, 28, 16, 22))
    t.title(f"{YEAR}年部门项目支出绩效目标表", 7)
    t.row("单位：咸岙县海盐文化馆", None, None, None, None, None, None)
    code = ("207005", "33102524207000118")
    indicators(t, ("单位代码", "项目代码", "一级指标", "二级指标", "考核指标", "目标值（年度）",
                   "评价标准"), [
        (*code, "产出指标", "数量指标", "开发盐田研学线路", "≥4条", "完成得满分"),
        (*code, None, None, "线路试运营团次", "≥60团次", "按比例得分"),
        (*code, None, "质量指标", "线路安全评估通过率", "100%", "未通过不得分"),
        (*code, None, "时效指标", "线路对外发布时间", "6月30日前", "逾期不得分"),
        (*code, "成本指标", "经济成本指标", "每条线路开发成本", "≤15万元/条", "超支不得分"),
        (*code, "效益指标", "社会效益指标", "研学团队回访预约比例", "≥30%", "按比例得分"),
        (*code, "满意度指标", "服务对象满意度指标", "研学游客满意度", pct(0.9), "问卷调查"),
    ], merged=(3, 4))  # fmt: skip
    return b


@variant(
    "ze17-pdf-artefacts",
    (9, 12),
    "project, OLD-NAT, one value column, money detail lines "
    "below the table: a date serial as text, a split number, an amount pasted twice",
)
def ze17() -> Book:
    b, s = book()
    end = mk("46022", "X104", "warning", note="serial 46022 = 2025-12-31 stored as text")
    project(s, name="盐业博物馆海盐文化展陈提升项目", unit="咸岙县盐业博物馆",
            money_rows=funds(w(80), w(70), w(10)), end=end,
            goals=["更新基本陈列中的日晒制盐单元，新增互动体验装置与研学课程。"])  # fmt: skip
    indicators(s, ("一级指标", "二级指标", "三级指标", "指标值"), [
        ("产出指标", "数量指标", "更新展陈单元", "≥3个"),
        (None, None, "新增互动体验装置", "≥8套"),
        (None, "质量指标", "展陈工程验收合格率", "≥95%"),
        (None, "时效指标", "新展陈对外开放时间", "10月1日前"),
        (None, "成本指标", "每套互动装置成本", "≤3万元/套"),
        ("效益指标", "社会效益指标", "年参观人次增长率", "≥10%"),
        ("满意度指标", "服务对象满意度指标", "参观者满意度", "≥90%"),
    ])  # fmt: skip
    s.skip()
    s.row("项目资金明细（万元）", None, None, "金额")
    s.row("1", "展陈制作及布展费", None,
          mk("24万24万(含展柜运输)", "X106", "error", alt=("B108",), note="amount pasted twice,"
             " read as 24"))  # fmt: skip
    s.row("2", "互动体验装置采购", None,
          mk("31.256 8", "X105", "warning", alt=("X103",), note="number split by a space, read "
             "as 31.2568"))  # fmt: skip
    s.row("3", "研学课程开发及讲解培训", None, money(24.7432, "0.0000"))
    s.row("合计", None, None, w(80))
    return b


@variant(
    "ze18-points-two-levels",
    (10,),
    "project, NAT-2021, tier-1 score column and indicator "
    "score column: 产出 points not matching, a satisfaction rate with =, a rise in 百分点",
)
def ze18() -> Book:
    b, s = book("绩效目标", (14, 8, 14, 28, 16, 8))
    project(s, name="盐田夜游科普讲解提升项目", unit=SCHOOL,
            money_rows=funds(w(42), w(36), w(6)),
            goals=["开发盐田夜间科普讲解路线，提升讲解服务质量与复游率。"])  # fmt: skip
    b.file_mark("W101", "error", required=False,
                note="indicator scores add to 95: the W103 defect")  # fmt: skip
    declared = mk(50, "W103", "error", alt=("W101",), note="产出 declared 50, its indicators "
                  "20 + 15 + 10 = 45")  # fmt: skip
    indicators(s, ("一级指标", "分值", "二级指标", "三级指标", "指标值", "分值"), [
        ("产出指标", declared, "数量指标", "夜游科普讲解场次", "≥120场", 20),
        (None, None, "质量指标", "讲解词科学性审核通过率", "100%", 15),
        (None, None, "时效指标", "夜游线路开放时间", "5月1日前", 10),
        ("成本指标", 10, "经济成本指标", "每场讲解成本", "≤0.25万元/场", 10),
        ("效益指标", 30, "社会效益指标", "夜游游客复游率", "提高≥5百分点", 15),
        (None, None, "可持续影响指标", "讲解员轮训机制", "建立并执行", 15),
        ("满意度指标", 10, "服务对象满意度指标", "讲解服务满意度",
         mk(C("=95%"), "T107", "warning", note="=95% on a satisfaction rate: ≥ meant"), 10),
    ], merged=(1, 2, 3))  # fmt: skip
    return b
