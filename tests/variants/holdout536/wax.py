"""Beeswax (蜂蜡) workshop returns: refining, candles and soap, foundation sheets (bz01–bz06)."""

from __future__ import annotations

from tests.variants.holdout536.common import (
    STATION,
    department,
    funds,
    indicators,
    notes,
    project,
    sign,
    start,
    wan,
)
from tests.variants.holdout536.registry import variant
from tests.variants.kit import Book, mk, pct

OP_HEAD = ("一级指标", "二级指标", "三级指标", "指标性质", "指标值", "计量单位")


@variant(
    "bz01-wax-percent-cells",
    (1, 12),
    "project, NAT-2021, operator and unit columns, typed "
    "percent cells, 万元 in the number format, a 下降率 with ≥ and 0起 (correct)",
)
def wax_percent_cells() -> Book:
    b, s = start()
    project(
        s,
        "槐岭乡蜂蜡精炼加工坊提升项目",
        STATION,
        funds(wan(86), wan(70), wan(16)),
        "为槐岭乡3个养蜂村购置蜂蜡精炼设备、改造精炼车间，培训蜂农120人，提高蜂蜡收购价格。",
    )
    indicators(
        s,
        OP_HEAD,
        [
            ("成本指标", "经济成本指标", "蜂蜡精炼设备购置单价", "≤", 12, "万元/台"),
            (None, None, "精炼车间改造费用", "≤", 38, "万元"),
            ("产出指标", "数量指标", "精炼设备购置数量", "≥", 3, "台"),
            (None, None, "培训蜂农人数", "≥", 120, "人"),
            (None, "质量指标", "精炼蜂蜡质量合格率", "≥", pct(0.95), "%"),
            (None, "时效指标", "设备安装调试完成时间", "≤", "2025年9月30日", None),
            ("效益指标", "经济效益指标", "参与蜂农蜂蜡销售收入增长率", "≥", pct(0.12), "%"),
            (None, "生态效益指标", "熔蜡废渣随意丢弃现象下降率", "≥", pct(0.8), "%"),
            (None, "可持续影响指标", "精炼车间安全生产事故", "≤", 0, "起"),
            ("满意度指标", "服务对象满意度指标", "参训蜂农满意度", "≥", pct(0.9), "%"),
        ],
    )
    return b


@variant(
    "bz02-wax-percent-wrong",
    (1, 12),
    "project, NAT-2021, operator in words in 指标方向, "
    "typed percent cells: total ≠ fiscal + other, a typed 102% on a capped rate",
)
def wax_percent_wrong() -> Book:
    b, s = start()
    total = mk(wan(64), "B101", "error", row=True, note="50 + 10 = 60 ≠ 64")
    project(
        s,
        "椴溪村蜂蜡手工皂及蜡烛加工坊项目",
        STATION,
        funds(total, wan(50), wan(10)),
        "在椴溪村建成2个蜂蜡制品加工坊，年产手工皂6000块，带动养蜂户增收。",
    )
    high = mk(pct(1.02), "T106", "error", note="合格率 capped at 100%; typed 102%")
    indicators(
        s,
        ("一级指标", "二级指标", "三级指标", "指标方向", "指标值", "计量单位"),
        [
            ("成本指标", "经济成本指标", "手工皂模具及熔蜡锅购置费用", "小于等于", 18, "万元"),
            ("产出指标", "数量指标", "建成蜂蜡制品加工坊", "大于等于", 2, "个"),
            (None, None, "蜂蜡手工皂产量", "大于等于", 6000, "块"),
            (None, "质量指标", "蜂蜡蜡烛成品合格率", "大于等于", high, "%"),
            (None, "时效指标", "加工坊投产时间", "小于等于", "2025年10月31日", None),
            ("效益指标", "经济效益指标", "加工坊带动养蜂户户均增收", "大于等于", 1800, "元"),
            ("满意度指标", "服务对象满意度指标", "参与养蜂户满意度", "大于等于", pct(0.9), "%"),
        ],
    )
    return b


TASKS = [
    ("蜂蜡精炼技术推广", "在6个养蜂村推广蒸汽熔蜡和压滤精炼", wan(72), "精炼蜂蜡合格率≥96%"),
    ("蜂蜡加工坊运维指导", "指导9个村级加工坊设备维护", wan(60), "加工坊正常运转"),
    ("蜂农培训", "举办蜂蜡采收与精炼培训班", wan(60), "培训蜂农≥12场"),
    ("金额合计", None, wan(192), None),
]


@variant(
    "bz03-wax-flat-department",
    (3,),
    "department, flat list (指标名称 · 权重 · 计量单位 · "
    "指标性质 as operator · 指标值), typed percents, weights 100 and a 合计 row (correct)",
)
def wax_flat_department() -> Book:
    b, s = start()
    department(
        s,
        STATION,
        [(wan(320), wan(288), wan(32), wan(128), wan(192))],
        "推广蜂蜡精炼技术，指导村级加工坊规范生产，提高蜂蜡品质和收购价格。",
        TASKS,
    )
    s.row("指标名称", "权重", "计量单位", "指标性质", "指标值")
    s.table(
        [
            ("蜂蜡精炼技术培训场次", 15, "场", "≥", 12),
            ("指导蜂蜡加工坊数量", 15, "个", "≥", 9),
            ("精炼蜂蜡抽检合格率", 20, "%", "≥", pct(0.96)),
            ("技术指导响应时间", 10, "小时", "≤", 48),
            ("加工坊蜂蜡收购均价增幅", 10, "%", "≥", pct(0.08)),
            ("熔蜡废水违规排放事件", 10, "起", "≤", 0),
            ("蜂农满意度", 20, "%", "≥", pct(0.9)),
            ("合计", 100, None, None, None),
        ]
    )
    return b


@variant(
    "bz04-wax-flat-defects",
    (3, 11),
    "department, flat list in another order (指标名称 · "
    "指标值 · 指标性质 as direction · 计量单位 · 权重): weights 95, a 反向 rate with ≥",
)
def wax_flat_defects() -> Book:
    b, s = start()
    department(
        s,
        "栖蜂县槐岭乡农业综合服务中心",
        [(wan(150), wan(130), wan(20), wan(62), wan(88))],
        "扶持乡内蜂蜡加工坊提质，统一收购标准，减少蜂蜡掺杂。",
    )
    s.row("指标名称", "指标值", "指标性质", "计量单位", "权重")
    complaint = mk("≥2", "T108", "warning", row=True, note="反向 rate with ≥")
    s.table(
        [
            ("蜂蜡统一收购量", "≥30", "正向", "吨", 15),
            ("蜂蜡掺杂抽检频次", "≥4", "正向", "次/年", 10),
            ("收购蜂蜡抽检合格率", "≥95", "正向", "%", 20),
            ("蜂蜡制品客户投诉率", complaint, "反向", "%", 10),
            ("收购款支付时限", "≤7", "反向", "工作日", 10),
            ("养蜂户增收", "≥1200", "正向", "元/户", 15),
            ("养蜂户满意度", "≥90", "正向", "%", 15),
        ]
    )
    b.file_mark("W101", "error", note="15+10+20+10+10+15+15 = 95, not 100")
    return b


@variant(
    "bz05-wax-footnotes",
    (4, 7),
    "project, OLD-NAT, headers 指标内容 and 绩效标准, one value "
    "column; a note row inside the table, 说明, 填表说明, signature and a 2024 date (correct)",
)
def wax_footnotes() -> Book:
    b, s = start()
    project(
        s,
        "岩蜜镇蜂蜡巢础片加工坊项目",
        "岩蜜镇人民政府",
        funds(wan(48), wan(40), wan(8)),
        "回收旧巢脾熔蜡压制巢础片30000张，降低养蜂户巢础采购成本。",
    )
    s.row("一级指标", "二级指标", "指标内容", "绩效标准")
    s.table(
        [
            ("产出指标", "数量指标", "巢础片压制量", "≥30000张"),
            (None, None, "回收旧巢脾", "≥8吨"),
            (None, "质量指标", "巢础片厚度达标率", "≥95%"),
            (None, "时效指标", "巢础压制机安装完成时间", "2025年6月30日前"),
            (None, "成本指标", "巢础压制机购置单价", "≤9万元/台"),
            (None, None, "巢础压制机购置数量", "≥2台"),
        ],
        merged=(1, 2),
    )
    notes(s, "注：成本指标按2025年县级农机采购限价测算。")
    s.table(
        [
            ("效益指标", "经济效益指标", "养蜂户巢础采购成本节约", "≥15元/箱"),
            (None, "社会效益指标", "受益养蜂户数", "≥260户"),
            ("满意度指标", "服务对象满意度指标", "养蜂户满意度", "≥92%"),
        ],
        merged=(1, 2),
    )
    notes(
        s,
        "说明：项目资金48万元，其中财政拨款40万元、养蜂合作社自筹8万元。",
        "填表说明：1.指标值应量化；2.成本指标不得高于项目资金。",
    )
    sign(s, "蒋秋禾", "0759-6128437")
    return b


@variant(
    "bz06-wax-template-rows",
    (6, 13),
    "project, NAT-2021, header 预期目标: a tier-2 left "
    "from the template, a value whose name cell holds only a full-width space",
)
def wax_template_rows() -> Book:
    b, s = start()
    project(
        s,
        "椴溪村蜂蜡蜡烛加工技能培训项目",
        STATION,
        funds(wan(55), wan(45), wan(10)),
        "培训椴溪村养蜂户制作蜂蜡蜡烛，年产蜡烛8000支，带动15户监测户参与。",
    )
    empty_t2 = mk("生态环境成本指标", "F109", "warning", row=True, note="template tier-2 left")
    nameless = mk("\u3000", "F110", "error", note="value ≥40人 without a name")
    indicators(
        s,
        ("一级指标", "二级指标", "三级指标", "预期目标"),
        [
            ("成本指标", "经济成本指标", "蜡烛模具及熔蜡设备购置费用", "≤6万元"),
            (None, empty_t2, None, None),
            ("产出指标", "数量指标", "蜂蜡蜡烛产量", "≥8000支"),
            (None, None, nameless, "≥40人"),
            (None, "质量指标", "蜡烛燃烧测试合格率", "≥95%"),
            (None, "时效指标", "模具到货时间", "2025年5月31日前"),
            ("效益指标", "经济效益指标", "蜡烛销售收入", "≥24万元"),
            (None, "社会效益指标", "带动监测户参与", "≥15户"),
            ("满意度指标", "服务对象满意度指标", "参训养蜂户满意度", "≥90%"),
        ],
    )
    return b
