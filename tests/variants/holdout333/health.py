"""Bee disease control and honey quality testing: ue07 to ue12."""

from __future__ import annotations

from tests.variants.heads import project_head
from tests.variants.holdout333.common import (
    HEAD,
    department_book,
    indicators,
    notes,
    one_year,
    project_book,
    signature,
    wan,
)
from tests.variants.holdout333.registry import variant
from tests.variants.kit import WAN, Book, mk, money, pct

CITY = "荆川市农业农村局（421007）"


@variant("ue07-disease-notes", (4,),
         "project, OLD-NAT, one value column; an instruction row between tiers, 注 rows, 填表说明, "
         "signature and date lines below (correct)")  # fmt: skip
def disease_notes() -> Book:
    b, s = project_book(
        year=2026, name="荆川市蜜蜂疫病监测与防控", dept=CITY, unit="荆川市畜牧兽医站",
        money=one_year(72, 64, 8), goals=["监测蜂场150个，综合防治蜂螨2万群。"],
    )  # fmt: skip
    s.row(*HEAD)
    s.table([
        ("产出指标", "数量指标", "蜂病监测采样蜂场", "≥150个"),
        (None, None, "蜂螨综合防治蜂群", "≥2万群"),
        (None, "质量指标", "监测样品检测准确率", "≥98%"),
        (None, "时效指标", "疫情报告及时率", "=100%"),
        (None, None, "疫情报告时限", "≤24小时"),
        (None, "成本指标", "蜂螨防治药剂补助标准", "≤12元/群"),
    ], merged=(1, 2))  # fmt: skip
    notes(s, "（填写提示：三级指标可按项目实际增减，不适用的行请删除）", width=4)
    s.table([
        ("效益指标", "社会效益指标", "区域性蜂病疫情发生", "0起"),
        (None, None, "蜂螨寄生率下降率", "≥20%"),
        (None, "可持续影响指标", "蜂病监测网络运行", "长期有效"),
        ("满意度指标", "服务对象满意度指标", "蜂农满意度", "≥90%"),
    ], merged=(1, 2))  # fmt: skip
    notes(s, "注1：财政拨款64万元中含上年结转资金12万元。",
          "注2：蜂螨寄生率下降率以2025年监测均值为基数。",
          "填表说明：指标值应可量化、可考核；定性指标请写明评判标准。")  # fmt: skip
    signature(s, "韦晓岚", "0719-6632418", (2025, 12, 8))
    return b


@variant("ue08-honey-header-words", (7,),
         "project, NAT-2021, headers 考核指标 and 目标值（年度） with a 评价标准 scoring column "
         "(correct)")  # fmt: skip
def honey_header_words() -> Book:
    b, s = project_book(
        year=2026, name="椴阳县蜂蜜质量安全抽检", dept="椴阳县市场监督管理局",
        unit="椴阳县农产品质量检测站", money=one_year(36, 36, 0),
        goals=["全年抽检蜂蜜及蜂产品240批次，及时处置不合格产品。"],
    )  # fmt: skip
    rows = [
        ("成本指标", "经济成本指标", "单批次检测费用", "≤1500元/批次", "超支不得分"),
        ("产出指标", "数量指标", "蜂蜜及蜂产品抽检", "≥240批次", "每少10批次扣1分"),
        (None, "质量指标", "检测报告差错率", "≤1%", "每超1个百分点扣2分"),
        (None, "时效指标", "不合格产品处置时限", "≤5个工作日", "逾期不得分"),
        ("效益指标", "社会效益指标", "兽药残留超标率", "≤2%", "超出不得分"),
        (None, None, "抽检结果公开率", "100%", "未公开不得分"),
        (None, "可持续影响指标", "蜂产品质量追溯制度", "建立并执行", "未建立不得分"),
        ("满意度指标", "服务对象满意度指标", "养蜂合作社满意度", "≥90%", "按问卷得分"),
    ]  # fmt: skip
    indicators(s, rows, head=("一级指标", "二级指标", "考核指标", "目标值（年度）", "评价标准"))
    return b


@variant("ue09-honey-second-sheet", (7, 12),
         "project: head on 基本信息, the indicator table on a second sheet under 预期实现值; "
         "the money sources do not add up, one coverage rate given as a count")  # fmt: skip
def honey_second_sheet() -> Book:
    total = mk(money(95, WAN), "B101", "error", row=True, note="70 + 20 = 90，不是 95")
    b, _ = project_book(
        sheet="基本信息", year=2026, name="荆川市蜂产品质量追溯体系建设", dept=CITY,
        unit="荆川市蜂产品质量检测所", money=one_year(total, 70, 20),
        goals=["建成蜂产品追溯平台，抽检入网蜂场蜂蜜样品300份。"],
    )  # fmt: skip
    t = b.sheet("绩效指标")
    t.title("项目绩效指标", 4)
    indicators(t, [
        ("产出指标", "数量指标", "入网追溯蜂场", "≥120个"),
        (None, None, "蜂蜜样品抽检", "≥300份"),
        (None, "质量指标", "入网蜂场样品抽检覆盖率",
         mk("300份", "T105", "error", note="覆盖率给的是份数")),
        (None, "时效指标", "追溯平台上线时间", "2026年10月31日前"),
        ("成本指标", "经济成本指标", "追溯平台建设费用", "≤50万元"),
        ("效益指标", "经济效益指标", "追溯蜂蜜收购溢价", "≥5%"),
        (None, "社会效益指标", "追溯码扫码查询", "≥1万次"),
        ("满意度指标", "服务对象满意度指标", "入网蜂场满意度", "≥90%"),
    ], head=("一级指标", "二级指标", "三级指标", "预期实现值"))  # fmt: skip
    return b


@variant("ue10-disease-template-rows", (6, 13),
         "project, NAT-2021, header 预期目标; a tier-2 label left from the template without an "
         "indicator, a value without a name")  # fmt: skip
def disease_template_rows() -> Book:
    b, s = project_book(
        year=2026, name="槐塘镇蜜蜂病害防控", dept="槐塘镇人民政府",
        unit="槐塘镇农业综合服务中心", money=one_year(18, 15, 3),
        goals=["全镇蜂场蜂螨防治全覆盖，防止蜂病扩散。"],
    )  # fmt: skip
    rows = [
        ("成本指标", "经济成本指标", "防治药剂采购费用", "≤9万元"),
        ("产出指标", "数量指标", "蜂螨防治蜂群", "≥6000群"),
        (None, None, mk(None, "F110", "error", note="有值无名"), "≥40个"),
        (None, "质量指标", "防治后蜂螨寄生率", "≤3%"),
        (None, "时效指标", "春繁前防治完成时间", "2026年3月15日前"),
        ("效益指标", "社会效益指标", "区域性蜂病疫情发生", "0起"),
        (None, mk("生态效益指标", "F109", "warning", row=True, note="模板行未填"), None, None),
        ("满意度指标", "服务对象满意度指标", "蜂农满意度", "≥90%"),
    ]  # fmt: skip
    indicators(s, rows, head=("一级指标", "二级指标", "三级指标", "预期目标"))
    return b


@variant("ue11-honey-artefacts", (9,),
         "project, OLD-NAT, one value column, detail lines below the table: a total split by a "
         "space, a date serial typed as text, an amount pasted twice")  # fmt: skip
def honey_artefacts() -> Book:
    b = Book()
    s = b.sheet("Sheet1")
    total = mk("63.250 0", "X105", "warning", alt=("X103",), note="63.2500 被空格断开")
    end = mk("46387", "X104", "warning", note="2026-12-31 的日期序列号")
    project_head(s, year=2026, name="椴阳县蜂蜜理化指标快检能力提升",
                 dept="椴阳县市场监督管理局", unit="椴阳县农产品质量检测站",
                 money=one_year(total, 50, 13.25), end=end,
                 goals=["配置快检设备，全年快检蜂蜜样品1200份。"])  # fmt: skip
    indicators(s, [
        ("产出指标", "数量指标", "蜂蜜样品快检", "≥1200份"),
        (None, "质量指标", "快检结果与实验室复核符合率", "≥95%"),
        (None, "时效指标", "快检报告出具时限", "≤2小时"),
        (None, "成本指标", "单份快检试剂成本", "≤120元/份"),
        ("效益指标", "社会效益指标", "掺假蜂蜜检出后下架率", "100%"),
        (None, "可持续影响指标", "快检室运行年限", "≥5年"),
        ("满意度指标", "服务对象满意度指标", "送检蜂农满意度", "≥90%"),
    ])  # fmt: skip
    s.skip()
    s.row("资金明细（万元）", "支出内容", "金额", "说明")
    s.table([
        (None, "快检设备购置", mk("28万28万", "X106", "error", alt=("B108",),
                                  note="金额粘贴了两次")),
        (None, "试剂耗材", wan(15.25), None),
        (None, "抽检采样及运输", wan(12), None),
        (None, "检测人员培训", wan(8), None),
        (None, "合计", wan(63.25), None),
    ])  # fmt: skip
    return b


@variant("ue12-disease-department", (12,),
         "department, NAT-2021: budget with typed-percent shares, key tasks adding to "
         "项目支出 and 金额合计, all consistent (correct)")  # fmt: skip
def disease_department() -> Book:
    tasks = [
        ("蜂病监测", "监测点采样与实验室检测", wan(70), "掌握蜂病流行动态"),
        ("蜂药残留检测", "蜂产品兽药残留抽检", wan(60), "残留超标率≤2%"),
        ("养蜂技术培训", "蜂病防治技术培训", wan(50), "培训蜂农1000人次"),
        ("金额合计", None, wan(180), None),
    ]
    b, s = department_book(
        year=2026, dept="荆川市畜牧兽医站", tasks=tasks,
        budget=[
            (wan(500), wan(460), wan(40), wan(320), wan(180)),
            (pct(1), pct(0.92), pct(0.08), pct(0.64), pct(0.36)),
        ],
        goal="做好蜜蜂疫病监测和蜂产品残留检测，保障蜂产业健康发展。",
    )  # fmt: skip
    indicators(s, [
        ("成本指标", "经济成本指标", "单个样品检测费用", "≤400元/个"),
        ("产出指标", "数量指标", "蜂病监测样品", "≥800个"),
        (None, None, "蜂农技术培训", "≥1000人次"),
        (None, "质量指标", "检测结果复核符合率", "≥98%"),
        (None, "时效指标", "疫情报告时限", "≤24小时"),
        ("效益指标", "社会效益指标", "蜂产品兽药残留超标率", "≤2%"),
        (None, "生态效益指标", "蜂群中毒事件", "0起"),
        ("满意度指标", "服务对象满意度指标", "蜂农满意度", "≥90%"),
    ])  # fmt: skip
    return b
