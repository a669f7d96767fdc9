"""Returns about running the embroidery workshops (绣坊): notes, template rows, exports,
conversion artefacts and tier labels, vk13 to vk18."""

from __future__ import annotations

from tests.variants.heads import project_head
from tests.variants.holdout365.common import YEAR, book, indicators, note, one_year, sign, wan
from tests.variants.holdout365.registry import variant
from tests.variants.kit import Book, mk, pct

CONTENT_HEAD = ("一级指标", "二级指标", "指标内容", "绩效标准")


@variant("vk13-notes-page-break", (4, 7), "project, OLD-NAT, headers 指标内容 and 绩效标准; a "
         "说明 row inside, header repeated after a page break, 填表说明, signatures")  # fmt: skip
def notes_page_break() -> Book:
    b, s = book()
    project_head(s, year=YEAR, name="芷溪县巾帼绣坊建设项目", dept="芷溪县妇女联合会",
                 unit="芷溪县巾帼绣坊联合会", money=one_year(wan(72), wan(60), wan(12)),
                 goals=["新建村级巾帼绣坊6个，吸纳留守妇女居家就业240人。"])  # fmt: skip
    indicators(s, [
        ("产出指标", "数量指标", "新建村级巾帼绣坊", "≥6个"),
        (None, None, "配置刺绣绷架", "≥240套"),
        (None, "质量指标", "绣坊验收合格率", "100%"),
        (None, "时效指标", "绣坊建成投用时间", "2025年9月30日前"),
        (None, "成本指标", "每个绣坊建设补助", "≤10万元"),
    ], head=CONTENT_HEAD)  # fmt: skip
    note(s, "说明：数量指标按全年累计口径填写，绣坊以县妇联验收名单为准。", 4)
    s.skip()
    s.row(*CONTENT_HEAD)
    s.table([
        ("效益指标", "经济效益指标", "绣坊务工妇女人均月收入", "≥1500元"),
        (None, "社会效益指标", "吸纳留守妇女居家就业人数", "≥240人"),
        (None, "可持续影响指标", "绣坊建成后持续运营年限", "≥3年"),
        ("满意度指标", "服务对象满意度指标", "务工妇女满意度", "≥90%"),
    ], merged=(1, 2))  # fmt: skip
    s.skip()
    note(s, "填表说明：1.指标值应可量化；2.金额单位为万元；3.本表一式两份。", 4)
    sign(s, "田翠英", "0745-3390852")
    return b


@variant("vk14-template-rows", (6, 13), "project, NAT-2021, header 预期目标: two tier-2 labels "
         "left from the template without indicators, a value without a name")  # fmt: skip
def template_rows() -> Book:
    b, s = book()
    project_head(s, year=YEAR, name="棠梨县绣坊设备更新项目", dept="棠梨县工业和信息化局",
                 unit="棠梨县中小企业服务中心", money=one_year(wan(48), wan(40), wan(8)),
                 goals=["为15家绣坊更新电脑绣花机30台，提高绣品产能。"])  # fmt: skip
    indicators(s, [
        ("产出指标", "数量指标", "更新电脑绣花机数量", "≥30台"),
        (None, None, "受益绣坊数量", "≥15家"),
        (None, "质量指标", "设备验收合格率", "100%"),
        (None, "时效指标", mk(None, "F110", "error", note="有值无名：三级指标名称空着"),
         "2025年6月30日前"),
        ("成本指标", "经济成本指标", "每台绣花机购置补助", "≤1.2万元"),
        (None, mk("社会成本指标", "F109", "warning", row=True, note="模板行，没有指标"),
         None, None),
        ("效益指标", "经济效益指标", "受益绣坊年产值增长率", "≥20%"),
        (None, mk("生态效益指标", "F109", "warning", row=True, note="模板行，没有指标"),
         None, None),
        ("满意度指标", "服务对象满意度指标", "受益绣坊满意度", "≥90%"),
    ], head=("一级指标", "二级指标", "三级指标", "预期目标"))  # fmt: skip
    sign(s, "罗小琴", "0855-4425617")
    return b


@variant("vk15-export-second-sheet", (7,), "budget-system export: money on 05-1, codes in the "
         "first columns, indicators on 05-2 under 预期实现值, header row 3 (correct)")  # fmt: skip
def export_second_sheet() -> Book:
    b, s = book("部门项目支出预算05-1", (14, 26, 14, 14, 14))
    s.title("部门项目支出预算表（2025年）", 5)
    s.row("单位：万元")
    s.row("项目编码", "项目名称", "资金总额", "财政拨款", "其他资金")
    s.row("5226230100012", "槿川县绣坊订单分拣中心运营补助", wan(36), wan(30), wan(6))
    t = b.sheet("部门项目支出绩效目标05-2", (14, 26, 12, 16, 26, 14))
    t.title("部门项目支出绩效目标表（2025年）", 6)
    t.row("单位名称：槿川县手工艺品产业促进中心")
    t.row("项目编码", "项目名称", "一级指标", "二级指标", "三级指标", "预期实现值")
    code, name = "5226230100012", "槿川县绣坊订单分拣中心运营补助"
    for tiers in [
        ("产出指标", "数量指标", "分拣发运绣品件数", "≥50000件"),
        ("产出指标", "质量指标", "发运绣品差错率", "≤1%"),
        ("产出指标", "时效指标", "订单平均发运时限", "≤48小时"),
        ("产出指标", "成本指标", "每件绣品分拣成本", "≤6元/件"),
        ("效益指标", "经济效益指标", "带动绣坊订单收入", "≥400万元"),
        ("效益指标", "可持续影响指标", "分拣中心常年服务绣坊数", "≥50家"),
        ("满意度指标", "服务对象满意度指标", "绣坊对分拣服务满意度", pct(0.9)),
    ]:  # fmt: skip
        t.row(code, name, *tiers)
    return b


@variant("vk16-conversion-artefacts", (9, 12), "project, OLD-NAT: a start date stored as a "
         "serial in a text cell, an amount pasted twice, a unit cost rounded to 0")  # fmt: skip
def conversion_artefacts() -> Book:
    b, s = book()
    total = mk(
        mk("96万96万", "X106", "error", alt=("B108",), note="金额重复粘贴，读作 96"),
        "B101",
        "error",
        required=False,
        note="读作 96 后 80 + 16 相符，容许",
    )
    project_head(s, year=YEAR, name="枫渡县绣娘居家绣架配置项目", dept="枫渡县乡村振兴局",
                 unit="枫渡县农村妇女创业服务站", money=one_year(total, wan(80), wan(16)),
                 start=mk("45658", "X104", "warning", note="日期序列号（2025-01-01）存成文本"),
                 goals=["为居家刺绣妇女配置绣架和照明灯具各800套。"])  # fmt: skip
    indicators(s, [
        ("产出指标", "数量指标", "配置居家绣架数量", "≥800套"),
        (None, None, "配置护眼照明灯具数量", "≥800套"),
        (None, "质量指标", "绣架验收合格率", "≥98%"),
        (None, "成本指标", "每套绣架购置成本",
         mk("≤0万元/套", "T115", "error", note="万元单位下四舍五入成 0，应为 ≤0.08万元/套")),
        ("效益指标", "经济效益指标", "居家绣娘人均月增收", "≥600元"),
        (None, "社会效益指标", "受益居家妇女人数", "≥800人"),
        ("满意度指标", "服务对象满意度指标", "受益妇女满意度", "≥90%"),
    ])  # fmt: skip
    sign(s, "陆月娥", "0776-8810364")
    return b


@variant("vk17-marked-labels", (5,), "transfer-payment project, OLD-NAT, two-row header, labels "
         "with *, ★ core indicators and abbreviations (产出, 数量) (correct)")  # fmt: skip
def marked_labels() -> Book:
    b, s = book()
    project_head(s, year=YEAR, name="槿川县巾帼刺绣帮扶资金项目", dept="槿川县乡村振兴局",
                 unit="槿川县各乡镇人民政府", attr="一次性项目",
                 money=one_year(wan(150), wan(150), wan(0)),
                 goals=["支持脱贫户、监测户妇女从事刺绣，户均年增收3000元以上。"])  # fmt: skip
    s.row("绩效指标", None, None, "指标值", merge=[(1, 3)])
    indicators(s, [
        ("*产出", "数量", "★支持脱贫户监测户妇女人数", "≥600人"),
        (None, None, "刺绣加工点数量", "≥12个"),
        (None, "质量", "★帮扶对象识别准确率", "100%"),
        (None, "时效", "资金拨付及时率", "≥95%"),
        (None, "成本", "人均帮扶补助标准", "≤2000元/人"),
        ("*效益", "经济效益", "★帮扶户户均年增收", "≥3000元"),
        (None, "社会效益", "返贫致贫人数", "0人"),
        ("*满意度", "服务对象满意度", "★受益群众满意度", "≥90%"),
    ], head=("一级指标", "二级指标", "三级指标", "年度指标值"))  # fmt: skip
    sign(s, "杨建红", "0857-6207740")
    return b


@variant("vk18-numbered-wrong-parent", (5,), "project, NAT-2021, numbered labels: a tier-2 under "
         "the wrong tier-1, 预算执行率 as a cost indicator")  # fmt: skip
def numbered_wrong_parent() -> Book:
    b, s = book()
    project_head(s, year=YEAR, name="芷溪县绣品品牌培育项目", dept="芷溪县市场监督管理局",
                 unit="芷溪县质量技术服务中心", money=one_year(wan(35), wan(35), wan(0)),
                 goals=["注册绣品区域公用品牌1个，制定绣坊产品团体标准2项。"])  # fmt: skip
    indicators(s, [
        ("一、产出指标", "1.数量指标", "注册区域公用品牌", "≥1个"),
        (None, None, "制定绣品团体标准", "≥2项"),
        (None, mk("2.可持续影响指标", "F105", "error", note="可持续影响属效益指标"),
         "品牌授权绣坊数量", "≥20家"),
        ("二、成本指标", "1.经济成本指标", "品牌设计注册费用", "≤8万元"),
        (None, None, mk("项目预算执行率", "F202", "warning", row=True,
                        note="预算执行率另行评价，不应作成本指标"), "≥95%"),
        ("三、效益指标", "1.经济效益指标", "授权绣品溢价率", "≥10%"),
        (None, "2.社会效益指标", "品牌带动妇女就业人数", "≥300人"),
        ("四、满意度指标", "1.服务对象满意度指标", "授权绣坊满意度", "≥90%"),
    ])  # fmt: skip
    sign(s, "张丽萍", "0745-3374521")
    return b
