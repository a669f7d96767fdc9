"""Mountain villages: department tables, template rows, exports, artefacts, decorated labels."""

from __future__ import annotations

from tests.variants.heads import department_head, project_head
from tests.variants.holdout521.common import TIERED, YEAR, notes, one_year, sign, start, table, wan
from tests.variants.holdout521.registry import variant
from tests.variants.kit import Book, Sheet, mk, pct

WEIGHTED = (*TIERED, "权重")


def _block(s: Sheet, rows: list[tuple[object, ...]], label: str, weight: int) -> None:
    """One tier-1 block of bk13 and its 小计 row."""
    s.table(rows, merged=(1, 2))
    s.row(label, None, None, None, weight, merge=[(1, 4)])


@variant("bk13-village-department", (4, 12),
         "department, NAT-2021, weight column: budget and key tasks adding up, a 小计 row under "
         "each tier-1, a 合计 row, a 注 row and signature lines (correct)")  # fmt: skip
def village_department() -> Book:
    b, s = start()
    department_head(s, year=YEAR, dept="栖峦县猕猴桃产业发展服务中心",
                    budget=[(wan(500), wan(420), wan(80), wan(200), wan(300))],
                    tasks=[("山区果园提质", "高山村猕猴桃园提质改造", wan(120), "改造800亩"),
                           ("产地冷链运维", "20座村级冷库运维", wan(100), "冷库正常运行"),
                           ("品牌营销推广", "产销对接及展会", wan(80), "签约销量提升"),
                           ("金额合计", None, wan(300), None)],
                    goal="推进山区猕猴桃提质增效，保障产地冷链运行，扩大品牌销售。")  # fmt: skip
    s.row(*WEIGHTED)
    _block(s, [("产出指标", "数量指标", "提质改造果园面积", "≥800亩", 20),
               (None, None, "运维村级冷库", "≥20座", 10),
               (None, "质量指标", "冷库温控达标率", "≥95%", 10),
               (None, "时效指标", "改造任务完成时间", "2025年11月30日前", 10)],
           "产出指标小计", 50)  # fmt: skip
    _block(s, [("成本指标", "经济成本指标", "单座冷库年运维成本", "≤3万元/座", 10)],
           "成本指标小计", 10)  # fmt: skip
    _block(s, [("效益指标", "经济效益指标", "产销对接签约销量", "≥5000吨", 10),
               (None, "社会效益指标", "带动山区脱贫户增收", "≥600户", 10),
               (None, "可持续影响指标", "区域公用品牌授权主体", "≥15家", 10)],
           "效益指标小计", 30)  # fmt: skip
    _block(s, [("满意度指标", "服务对象满意度指标", "果农及经营主体满意度", "≥90%", 10)],
           "满意度指标小计", 10)  # fmt: skip
    s.row("合计", None, None, None, 100, merge=[(1, 4)])
    notes(s, "注：小计、合计行为权重汇总，不是指标。", width=5)
    sign(s, "罗成贵", "0836-5528813")
    return b


@variant("bk14-village-template-empty", (6, 13),
         "project, NAT-2021, header 预期目标: a tier-2 left from the template without indicator, "
         "a value whose name cell is empty")  # fmt: skip
def village_template_empty() -> Book:
    b, s = start()
    project_head(s, year=YEAR, name="椿坪村猕猴桃采后预冷点建设项目", dept="栖峦县农业农村局 317",
                 unit="椿坪村股份经济合作社", money=one_year(40, 40, 0),
                 goals=["建设采后预冷点1处，预冷能力每日30吨。"])  # fmt: skip
    rows = [
        ("产出指标", "数量指标", "建设采后预冷点", "≥1处"),
        (None, None, mk(None, "F110", "error", note="a value with no indicator name"), "≥30吨/日"),
        (None, "质量指标", "预冷设备验收合格率", "≥98%"),
        (None, "时效指标", "预冷点投用时间", "2025年8月20日前"),
        ("成本指标", "经济成本指标", "预冷点建设成本", "≤40万元/处"),
        ("效益指标", "经济效益指标", "鲜果预冷后货架期延长", "≥10天"),
        (
            None,
            mk("生态效益指标", "F109", "warning", row=True, note="template row left empty"),
            None,
            None,
        ),
        (None, "社会效益指标", "服务周边种植户", "≥180户"),
        ("满意度指标", "服务对象满意度指标", "种植户满意度", "≥90%"),
    ]
    table(s, ("一级指标", "二级指标", "三级指标", "预期目标"), rows)
    sign(s, "向春燕", "0836-5539412")
    return b


@variant("bk15-village-export", (7, 9),
         "budget-system export: sheets 部门项目支出预算05-1 and 部门项目支出绩效目标05-2, project "
         "codes first, header on the third row, =100% kept as text (correct)")  # fmt: skip
def village_export() -> Book:
    b, s = start("部门项目支出预算05-1", (20, 30, 14, 14, 14))
    s.title(f"{YEAR}年部门项目支出预算表", 5)
    s.row("单位：万元")
    s.row("项目编码", "项目名称", "资金总额", "财政拨款", "其他资金")
    s.row("5331252025000117", "高山村猕猴桃冷库建设", wan(80), wan(70), wan(10))
    s.row("5331252025000124", "猕猴桃电商直播培训", wan(20), wan(20), wan(0))
    s.row("合计", None, wan(100), wan(90), wan(10))
    t = b.sheet("部门项目支出绩效目标05-2", (20, 24, 12, 16, 28, 10, 12, 10))
    t.title(f"{YEAR}年部门项目支出绩效目标表", 8)
    t.row("单位：栖峦县猕猴桃产业发展服务中心")
    code, name = "5331252025000117", "高山村猕猴桃冷库建设"
    rows = [
        (code, name, "产出指标", "数量指标", "新建高山村冷库库容", "≥", 500, "吨"),
        (None, None, None, "质量指标", "冷库设备验收合格率", None, "=100%", None),
        (None, None, None, "时效指标", "冷库投用时间", "≤", "2025年9月30日", None),
        (None, None, None, "成本指标", "每吨库容建设成本", "≤", 1500, "元/吨"),
        (None, None, "效益指标", "经济效益指标", "高山果错峰销售增收", "≥", 800, "元/户"),
        (None, None, "满意度指标", "服务对象满意度指标", "入库农户满意度", "≥", pct(0.9), "%"),
        (
            "5331252025000124",
            "猕猴桃电商直播培训",
            "产出指标",
            "数量指标",
            "直播带货培训人次",
            "≥",
            400,
            "人次",
        ),
        (None, None, None, "质量指标", "培训考核合格率", "≥", pct(0.85), "%"),
        (None, None, None, "成本指标", "人均培训成本", "≤", 500, "元/人"),
        (None, None, "效益指标", "社会效益指标", "学员开设网店", "≥", 60, "家"),
        (None, None, "满意度指标", "服务对象满意度指标", "参训学员满意度", "≥", pct(0.9), "%"),
    ]
    head = ("项目编码", "项目名称", "一级指标", "二级指标", "三级指标", "指标性质", "指标值",
            "度量单位")  # fmt: skip
    table(t, head, rows, (1, 2, 3, 4))
    return b


@variant("bk16-village-artefacts", (9, 12),
         "project, OLD-NAT, detail lines below the table as pasted from a PDF: an amount split "
         "by a space, an amount pasted twice; the lines add up when read back")  # fmt: skip
def village_artefacts() -> Book:
    b, s = start()
    project_head(s, year=YEAR, name="鹤垭村猕猴桃产地仓建设项目", dept="栖峦县农业农村局 317",
                 unit="鹤垭村股份经济合作社", money=one_year(90, 70, 20),
                 goals=["建成产地仓1座（含预冷库），配置冷藏车1辆和分级包装设备1套。"])  # fmt: skip
    rows = [
        ("产出指标", "数量指标", "建成产地仓", "≥1座"),
        (None, None, "配置冷藏运输车", "≥1辆"),
        (None, "质量指标", "工程验收合格率", "≥98%"),
        (None, "时效指标", "产地仓投用时间", "2025年9月30日前"),
        (None, "成本指标", "产地仓土建成本", "≤46.25万元"),
        ("效益指标", "经济效益指标", "年周转鲜果", "≥1500吨"),
        ("满意度指标", "服务对象满意度指标", "使用农户满意度", "≥90%"),
    ]
    table(s, TIERED, rows)
    s.skip()
    s.row("项目资金明细", "支出内容", "金额（万元）", "测算依据")
    s.row(
        None,
        "产地仓土建及保温",
        mk("46.2 5", "X105", "warning", alt=("X103",), note="read as 46.25"),
        "380平方米",
    )
    s.row(
        None,
        "冷藏运输车购置",
        mk("28万28万", "X106", "error", alt=("B108",), note="28 pasted twice"),
        "1辆",
    )
    s.row(None, "分级包装设备", wan(15.75), "1套")
    s.row(None, "合计", wan(90), None)
    sign(s, "冉光明", "0836-5531207")
    return b


@variant("bk17-village-labels", (5,),
         "transfer-payment 区域绩效目标表, OLD-NAT, abbreviated labels with * and ★, "
         "中央补助 + 地方资金, a 下降率 with ≥, 0起 on an incident count (correct)")  # fmt: skip
def village_labels() -> Book:
    b, s = start()
    project_head(s, year=YEAR, name="栖峦县山区猕猴桃产业衔接补助资金", dept="栖峦县农业农村局 317",
                 unit="栖峦县乡村振兴服务中心", attr="转移支付", money_label="资金情况（万元）",
                 money=[("资金总额", wan(300), "其中：中央补助", wan(200)),
                        ("地方资金", wan(100), None, None)],
                 title=f"{YEAR}年度衔接推进乡村振兴补助资金区域绩效目标表",
                 goals=["目标1：支持12个山区村发展猕猴桃；目标2：1000户脱贫户增收。"])  # fmt: skip
    rows = [
        ("*产出", "数量", "★支持发展猕猴桃产业的山区村", "≥12个"),
        (None, None, "★受益脱贫户", "≥1000户"),
        (None, "质量", "项目验收合格率", "≥95%"),
        (None, "时效", "资金拨付及时率", "≥95%"),
        (None, "成本", "每户产业奖补标准", "≤2000元/户"),
        ("*效益", "经济效益", "果品采后损耗下降率", "≥15%"),
        (None, "社会效益", "★脱贫户人均增收", "≥800元"),
        (None, None, "冷链运输安全事故", "0起"),
        (None, "可持续影响", "村级产业项目管护机制", "健全"),
        ("*满意度", "服务对象满意度", "★受益脱贫户满意度", "≥90%"),
    ]
    table(s, TIERED, rows)
    notes(s, "注：带★的为核心指标，不得删除；下降率以正数填写。")
    sign(s, "罗成贵", "0836-5528813")
    return b


@variant("bk18-village-rates-wrong", (1, 5, 11),
         "project, OLD-NAT, numbered labels (一、产出指标, （一）数量指标): =95% on a "
         "satisfaction, a completion time given as 100%, a 正向 count with ≤")  # fmt: skip
def village_rates_wrong() -> Book:
    b, s = start()
    project_head(s, year=YEAR, name="石楠沟村猕猴桃冷链共配中心运营补助项目",
                 dept="栖峦县商务局 322", unit="石楠沟村股份经济合作社",
                 money=one_year(55, 50, 5),
                 goals=["补助共配中心运营，开通冷链共配线路15个网点，服务果农500户。"])  # fmt: skip
    rows = [
        (
            "一、产出指标",
            "（一）数量指标",
            "冷链共配覆盖网点",
            mk("≤15个", "T108", "warning", row=True, note="a 正向 count capped with ≤"),
        ),
        (None, None, "年共配鲜果量", "≥2000吨"),
        (None, "（二）质量指标", "共配果品完好率", "≥96%"),
        (
            None,
            "（三）时效指标",
            "共配线路开通时间",
            mk(pct(1), "T113", "warning", note="a time indicator given as 100%"),
        ),
        (None, "（四）成本指标", "每吨共配运营补助", "≤250元/吨"),
        ("二、效益指标", "（一）经济效益指标", "果农每公斤运费节约", "≥0.3元"),
        (None, "（二）社会效益指标", "服务果农户数", "≥500户"),
        (
            "三、满意度指标",
            "（一）服务对象满意度指标",
            "果农满意度",
            mk("=95%", "T107", "warning", note="= on a satisfaction: ≥ meant"),
        ),
    ]
    table(s, TIERED, rows)
    sign(s, "周玉兰", "0836-5536620")
    return b
