"""Birch-bark craft returns (bo07–bo12): transmission classes, boat rebuilding, bark painting,
an exhibition hall and a township cultural station."""

from __future__ import annotations

from tests.variants.heads import department_head, project_head
from tests.variants.holdout525.common import (
    CULTURE,
    T3,
    TOWN,
    cash,
    first_sheet,
    indicators,
    money_rows,
    notes,
    signature,
)
from tests.variants.holdout525.registry import variant
from tests.variants.kit import Book, day, mk, pct

FLAT = ("指标名称", "权重", "计量单位", "指标性质", "指标值")


@variant("bo07-flat-department", (3, 1),
         "department, flat list (指标名称 · 权重 · 计量单位 · 指标性质 as operator · 指标值), "
         "percent cells, a 下降率 with ≥, weights add to 100 (correct)")  # fmt: skip
def bo07() -> Book:
    b, s = first_sheet()
    tasks = [("桦树皮技艺传习", "开办传习班6期，培训学员60人", cash(70), "传承桦皮剪刻、缝制技艺"),
             ("桦皮制品展陈", "举办桦皮制品展陈8场", cash(50), "提高桦皮文化知晓度"),
             ("金额合计", None, cash(120), None)]  # fmt: skip
    department_head(s, year=2025, dept="北樾县民族文化馆",
                    budget=[tuple(cash(v) for v in (180, 150, 30, 60, 120))], tasks=tasks,
                    goal="传承桦树皮制作技艺，培养传承人后备力量，推广桦皮文化。")  # fmt: skip
    s.row("年度绩效指标", merge=[(1, 5)])
    s.row(*FLAT)
    s.table([
        ("桦树皮技艺传习班开班期数", 15, "期", "≥", 6),
        ("传习学员人数", 15, "人", "≥", 60),
        ("学员结业考核合格率", 15, "%", "≥", pct(0.9)),
        ("桦皮原料损耗下降率", 10, "%", "≥", pct(0.1)),
        ("桦皮制品展陈场次", 10, "场", "≥", 8),
        ("传习人均培训成本", 10, "元/人", "≤", 5000),
        ("非遗传承人带徒人数", 10, "人", "≥", 12),
        ("学员满意度", 15, "%", "≥", pct(0.92)),
    ])  # fmt: skip
    notes(s, "说明：桦皮原料损耗下降率按较上年下降的幅度填写，正数表示下降。", width=5)
    return b


@variant("bo08-flat-defects", (3, 11),
         "department, flat list (指标名称 · 指标值 · 指标性质 as operator · 计量单位 · 权重): "
         "a unit conflict, a 反向 rate with ≥, weights adding to 95")  # fmt: skip
def bo08() -> Book:
    b, s = first_sheet()
    department_head(s, year=2025, dept="北樾县非物质文化遗产保护中心",
                    budget=[tuple(cash(v) for v in (96, 86, 10, 41, 55))],
                    goal="抢救性修复桦皮器物，制作传统桦皮船，扶持桦皮技艺传承人。")  # fmt: skip
    s.row("指标名称", "指标值", "指标性质", "计量单位", "权重")
    s.table([
        ("桦皮船制作数量", 4, "≥", "艘", 15),
        ("桦皮器物修复件数", 120, "≥", "件", 15),
        ("享受补助传承人人数",
         mk("8万元", "T112", "error", note="值写的是金额，计量单位列是人"), "≥", "人", 10),
        ("修复器物验收合格率", pct(0.95), "≥", "%", 15),
        ("桦皮制品游客投诉率", pct(0.05),
         mk("≥", "T108", "warning", row=True, note="反向的投诉率用了 ≥"), "%", 10),
        ("非遗展演场次", 10, "≥", "场", 15),
        ("传承人满意度", pct(0.9), "≥", "%", 15),
    ])  # fmt: skip
    b.file_mark("W101", "error", note="权重合计95，应为100；表中未另列预算执行率")
    signature(s, "萨仁", "0471-6593361", day(2024, 11, 22))
    return b


@variant("bo09-template-rows", (6, 13),
         "project, NAT-2021, header 预期目标: two tier-2 rows left from the template and a "
         "value without a name")  # fmt: skip
def bo09() -> Book:
    b, s = first_sheet()
    project_head(s, year=2025, name="猎民妇女桦皮画技艺培训项目", dept=CULTURE,
                 unit=f"{TOWN}妇女联合会", money=money_rows(15, 12, 3),
                 goals=["培训猎民妇女80人次，创作桦皮画作品，带动居家就业。"])  # fmt: skip
    indicators(s, (*T3, "预期目标"), [
        ("产出指标", "数量指标", "桦皮画技艺培训人次", "≥80人次"),
        (None, None, mk(None, "F110", "error", note="有值无名，提示不得引用空名称"), "≥20件"),
        (None, "质量指标", "培训结业率", "≥90%"),
        (None, "时效指标", "培训完成时间", "10月31日前"),
        ("成本指标", "经济成本指标", "人均培训成本", "≤800元/人次"),
        (None, mk("社会成本指标", "F109", "warning", row=True, note="模板行未填"), None, None),
        ("效益指标", "社会效益指标", "参训妇女居家就业人数", "≥25人"),
        (None, mk("生态效益指标", "F109", "warning", row=True, note="模板行未填"), None, None),
        (None, "可持续影响指标", "桦皮画作品进入旅游商品目录数", "≥10种"),
        ("满意度指标", "服务对象满意度指标", "参训学员满意度", "≥90%"),
    ])  # fmt: skip
    signature(s, "娜仁花", "0471-6597402", day(2024, 11, 26))
    return b


@variant("bo10-notes-inside", (4,),
         "project, OLD-NAT, one value column and 备注: a 注 row between tiers, a footnote "
         "explaining the total, 填表说明, signatures dated the year before (correct)")  # fmt: skip
def bo10() -> Book:
    b, s = first_sheet()
    project_head(s, year=2025, name="桦树皮文化展示馆布展项目", dept=CULTURE,
                 unit="北樾县民族博物馆", money=money_rows(120, 100, 20),
                 goals=["完成桦树皮文化展示馆布展，新增展柜40个，全年开放接待参观。"])  # fmt: skip
    head = (*T3, "指标值", "备注")
    indicators(s, head, [
        ("产出指标", "数量指标", "新增桦皮文物展柜数量", "≥40个", None),
        (None, None, "布展展品件数", "≥260件", "含征集品"),
        (None, "质量指标", "布展工程验收合格率", "=100%", None),
        (None, "时效指标", "展示馆开馆时间", "6月30日前", None),
        (None, "成本指标", "展柜单价", "≤1.5万元/个", "40个×1.5万元=60万元"),
    ])  # fmt: skip
    notes(s, "注：以下效益、满意度指标按开馆后至年底测算。", width=5)
    s.table([
        ("效益指标", "社会效益指标", "展示馆接待观众人次", "≥12000人次", None),
        (None, "可持续影响指标", "桦皮文物数字化建档率", "≥80%", None),
        ("满意度指标", "服务对象满意度指标", "观众满意度", "≥90%", None),
    ], merged=(1, 2))  # fmt: skip
    notes(s, "注：资金总额120万元 = 财政拨款100万元 + 博物馆自有资金20万元。", width=5)
    notes(s, "填表说明：1.指标值须含比较符和计量单位；2.定性指标按好、较好、一般填写。", width=5)
    signature(s, "其木格", "0471-6591185", day(2024, 11, 18))
    return b


@variant("bo11-pdf-artefacts", (9,),
         "project, OLD-NAT, detail lines under the table: a split number and a plan date stored "
         "as a serial in a text cell")  # fmt: skip
def bo11() -> Book:
    b, s = first_sheet()
    project_head(s, year=2025, name="传统桦皮船复原项目", dept=CULTURE,
                 unit="北樾县非物质文化遗产保护中心", money=money_rows(45, 40, 5),
                 end=mk("46022", "X104", "warning", note="2025-12-31 的序列号存成文本"),
                 goals=["复原制作传统桦皮船4艘，记录全套制作工序。"])  # fmt: skip
    indicators(s, (*T3, "指标值"), [
        ("产出指标", "数量指标", "复原桦皮船数量", "≥4艘"),
        (None, "质量指标", "桦皮船下水试航合格率", "=100%"),
        (None, "时效指标", "复原制作完成时间", "10月31日前"),
        (None, "成本指标", "单艘桦皮船制作成本", "≤8万元/艘"),
        ("效益指标", "社会效益指标", "制作工序影像记录完整率", "≥95%"),
        (None, "可持续影响指标", "参与制作的青年学徒人数", "≥6人"),
        ("满意度指标", "服务对象满意度指标", "传承人满意度", "≥90%"),
    ])  # fmt: skip
    s.skip()
    s.row("资金明细", "支出内容", None, "金额（万元）", merge=[(2, 3)])
    s.row(None, "桦皮及松木原料采购", None, cash(15.2), merge=[(2, 3)])
    s.row(None, "传统工具购置", None, cash(11.15), merge=[(2, 3)])
    s.row(None, "技师及学徒劳务", None, mk("18.6 5", "X105", "warning", alt=("X103",),
          note="18.65 被空格断开，按 18.65 三项合计 45"), merge=[(2, 3)])  # fmt: skip
    return b


@variant("bo12-department-money-wrong", (12,),
         "department, NAT-2021: 基本支出 + 项目支出 ≠ 资金总额, the task amounts not adding to "
         "金额合计")  # fmt: skip
def bo12() -> Book:
    b, s = first_sheet()
    total = mk(cash(95), "B101", "error", row=True, note="95 = 80 + 15，但 40 + 50 = 90")
    tasks = [("桦皮器物征集", "征集民间桦皮器物", cash(20), "入藏器物≥150件"),
             ("桦皮技艺培训", "举办桦皮技艺培训", cash(18), "培训≥90人次"),
             ("民族节庆展演", "篝火节桦皮文化展演", cash(12), "展演≥6场"),
             ("金额合计", None, mk(cash(55), "B102", "error", alt=("B101",),
                                  note="20 + 18 + 12 = 50，项目支出也是50"), None)]  # fmt: skip
    department_head(s, year=2025, dept=f"{TOWN}综合文化站",
                    budget=[(total, *(cash(v) for v in (80, 15, 40, 50)))], tasks=tasks,
                    goal="征集保护桦皮器物，培训桦皮技艺，办好民族节庆展演。")  # fmt: skip
    indicators(s, (*T3, "指标值"), [
        ("产出指标", "数量指标", "入藏桦皮器物件数", "≥150件"),
        (None, None, "桦皮技艺培训人次", "≥90人次"),
        (None, "质量指标", "入藏器物登记合格率", "=100%"),
        (None, "时效指标", "篝火节展演完成时间", "7月31日前"),
        ("成本指标", "经济成本指标", "人均培训成本", "≤2000元/人次"),
        ("效益指标", "社会效益指标", "桦皮文化展演观众人次", "≥3000人次"),
        (None, "可持续影响指标", "器物保存档案完整率", "≥95%"),
        ("满意度指标", "服务对象满意度指标", "猎民群众满意度", "≥90%"),
    ])  # fmt: skip
    return b
