"""Tables pasted from Word or PDF: text-typed numbers, full-width ＞＝ ％ and digits, stray
spaces and line breaks inside cells, word operators; and the artefacts such pasting leaves."""

from __future__ import annotations

from tests.variants.heads import project_head
from tests.variants.holdout5.common import notes
from tests.variants.holdout5.registry import variant
from tests.variants.kit import Book, day, mk

W = (16, 18, 32, 18, 18, 14)
HEAD = ("一级指标", "二级指标", "三级指标", "指标值", "备注", None)


@variant(
    "g03-pasted-clinic-ok",
    (9, 5),
    "project, OLD-NAT, pasted from Word: amounts typed as "
    "text, full-width ＞＝ ％ and digits, spaces and line breaks inside cells and labels",
)
def g03() -> Book:  # fmt: skip
    b = Book()
    s = b.sheet("Sheet1", W)
    project_head(
        s, year=2026, name="青石镇基本公共卫生服务项目", dept="梧川县卫生健康局",
        unit="梧川县青石镇卫生院", attr="常年项目",
        money=[("资金总额", "86.50", "其中：财政拨款", "76.50"), ("其他资金", "10.00", None, None)],
        goals=["为辖区常住居民免费提供基本公共卫生服务，重点人群健康管理率达到省定标准，"
               "居民健康素养水平逐步提高。"],
    )  # fmt: skip
    s.row(*HEAD)
    s.table([
        ("产出指标 ", "数 量 指 标", "65岁及以上老年人\n健康管理人数", "≥１８６０人", None),
        (None, None, "高血压患者规范管理人数", "≥ 640 人", None),
        (None, None, "2型糖尿病患者规范管理人数", "≥ 230人", None),
        (None, "质量指标", "老年人健康管理率", "＞＝70%", None),
        (None, None, "适龄儿童国家免疫规划\n疫苗接种率", "≥ 90 ％", None),
        (None, "时效\n指标", "传染病疫情报告及时率", "100％", None),
        (None, None, "突发公共卫生事件报告时限", "≤2小时", "发现后"),
        (None, "成本指标", "人均基本公共卫生服务\n经费补助标准", "≤94元/人", "按常住人口"),
        ("效益指标", "社会效益\n指标", "居民健康素养水平", "逐步提高", None),
        (None, None, "重点人群健康管理水平", "有效提升", None),
        (None, "可持续影响指标", "基层公共卫生服务能力", "持续增强", None),
        ("满意度指标", "服务对象满意度指标", "辖区居民满意度", "≥ 85%", None),
    ], merged=(1, 2))  # fmt: skip
    notes(s, ["注：本表指标摘自《青石镇卫生院2026年度基本公共卫生服务实施方案》。"])
    return b


@variant(
    "g04-pdf-artefacts",
    (9,),
    "project, OLD-NAT, copied from a PDF: an amount split by a "
    "space, a detail amount pasted twice, an operator pair ≥≤, a rate typed as a bare number",
)
def g04() -> Book:  # fmt: skip
    b = Book()
    s = b.sheet("Sheet1", W)
    project_head(
        s, year=2026, name="柳溪乡农村饮水工程维修养护", dept="梧川县水利局",
        unit="梧川县柳溪乡人民政府",
        money=[("年度资金总额", mk("318.462 5", "X105", "warning", alt=("X103",),
                                   note="PDF split the number 318.4625"),
                "其中：财政拨款", "268.4625"),
               ("其他资金", "50", None, None)],
        goals=["完成全乡集中供水工程管网维修和入户水表更换，保障6400名群众饮水安全。"],
    )  # fmt: skip
    s.row(*HEAD)
    s.table([
        ("产出指标", "数量指标", "维修供水管网", "≥12.6公里", None),
        (None, None, "更换入户水表", "≥860块", None),
        (None, "质量指标", "水质检测合格率",
         mk("≥≤90%", "T116", "error", alt=("T102",), note="two operators: ≥ or ≤?"), None),
        (None, None, "维修工程验收合格率", "100%", None),
        (None, "时效指标", "维修完成时间", "2026年10月31日前", None),
        (None, "成本指标", "管网维修单价", "≤9.5万元/公里", None),
        ("效益指标", "社会效益指标", "受益人口", "≥6400人", None),
        (None, "可持续影响指标", "水费收缴率",
         mk(">=95", "T105", "error", note="a rate without %"), None),
        ("满意度指标", "服务对象满意度指标", "受益群众满意度", "≥90%", None),
    ], merged=(1, 2))  # fmt: skip
    s.skip()
    s.row("项目支出明细（万元）", None, "支出内容", "金额", None, None)
    top = s.r + 1
    s.row(None, None, "管网维修材料费",
          mk("120万120万", "X106", "error", alt=("B108",), note="pasted twice"))  # fmt: skip
    s.row(None, None, "水表更换费", "34.4625")
    s.row(None, None, "水质检测费", "16")
    s.row(None, None, "人工及机械费", "148")
    s.row(None, None, "合计", "318.4625")
    s.ws.merge_cells(start_row=top - 1, start_column=1, end_row=s.r, end_column=2)
    return b


@variant(
    "g18-inline-operators",
    (11, 5, 9),
    "project, NAT-2021, operators written inside the "
    "values and in words (不少于, 以上, 30日内, 不低于); a 反向 rate with ≥, a tier-2 left in "
    "the wrong tier-1 block, a doubled %",
)
def g18() -> Book:  # fmt: skip
    b = Book()
    s = b.sheet("绩效目标表", (16, 18, 30, 18, 16, 14))
    project_head(
        s, year=2026, name="食品安全抽检监测", dept="梧川县市场监督管理局",
        unit="梧川县市场监督管理局", attr="常年项目",
        money=[("年度资金总额", 220.00, "其中：财政拨款", 220.00), ("其他资金", 0, None, None)],
        goals=["完成全县食品安全监督抽检1200批次、快检3600批次，不合格食品依法处置，"
               "守住不发生重大食品安全事故的底线。"],
    )  # fmt: skip
    s.row("一级指标", "二级指标", "三级指标", "指标值", "指标值设定依据", "备注")
    s.table([
        ("产出指标", "数量指标", "食品安全监督抽检批次", "不少于1200批次", "计划标准", None),
        (None, None, "农贸市场快检批次", "≥3600批次", "计划标准", None),
        (None, "质量指标", "抽检任务完成率", "95%以上", "历史标准", None),
        (None, None, "检验报告差错率", "≤1%", "行业标准", None),
        (None, None, "不合格食品核查处置率",
         mk("≥95%%", "T116", "warning", alt=("T102",), note="doubled %"), "计划标准", None),
        (None, "时效指标", "检验报告出具时限", "≤20个工作日", "行业标准", None),
        (None, None, "不合格产品核查处置时限", "30日内", "行业标准", None),
        ("成本指标", "经济成本指标", "单批次抽检检验费用", "≤1500元/批次", "计划标准", None),
        ("效益指标", "社会效益指标", "全县食品安全状况", "良好", None, None),
        (None, None, "重大食品安全事故发生数", "0起", "历史标准", None),
        (None, None, "食品安全消费投诉率", mk("≥5%", "T108", "warning", row=True,
                                             note="反向 rate with ≥"), "历史标准", None),
        (None, mk("时效指标", "F105", "error", note="时效 under 效益指标"), "投诉举报按时办结率",
         "≥98%", "计划标准", None),
        (None, "可持续影响指标", "食品安全监管长效机制", "逐步完善", None, None),
        ("满意度指标", "服务对象满意度指标", "群众食品安全满意度", "不低于85%", "历史标准", None),
    ], merged=(1, 2))  # fmt: skip
    s.row("填表人：", "贺晓东", "联系电话：", "0739-5290264", "填报日期：", day(2025, 11, 26))
    return b
