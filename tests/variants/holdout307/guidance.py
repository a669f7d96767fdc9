"""Smart-guide and signage returns (景区智慧导览, 景区标识系统): te07–te12."""

from __future__ import annotations

from tests.variants.holdout307.common import (
    department_book,
    note,
    one_year,
    project_book,
    sign,
    table,
    wan,
)
from tests.variants.holdout307.registry import variant
from tests.variants.kit import Book, mk, pct


@variant(
    "te07-guide-flat-department",
    (3,),
    "department, flat list (指标名称 · 权重 · 计量单位 · 指标性质 as operator · 指标值), typed "
    "percent cells, weights add to 100 with a 合计 row, tasks add to 项目支出 (correct)",
)
def te07() -> Book:
    b, s = department_book(
        dept="沣岩县智慧旅游服务中心",
        budget=[(wan(320), wan(300), wan(20), wan(140), wan(180))],
        tasks=[
            ("智慧导览平台运维", "服务器租用、导览内容更新和接口维护", wan(80), "平台全年稳定运行"),
            ("景区标识更新", "更换破损导向牌，增设二维码解说牌", wan(60), "标识信息准确清晰"),
            ("导览讲解员培训", "组织景区讲解员和志愿者分期培训", wan(40), "讲解服务规范"),
            ("金额合计", None, wan(180), None),
        ],
        goal="建成覆盖全县A级景区的智慧导览服务，标识系统规范清晰，游客导览服务满意度90%以上。",
    )
    s.row("年度绩效指标", None, None, None, None, merge=[(1, 5)])
    table(
        s,
        ("指标名称", "权重", "计量单位", "指标性质", "指标值"),
        [
            ("智慧导览平台接入景区数", 15, "个", "≥", 8),
            ("电子导览讲解语种数", 10, "种", "≥", 4),
            ("更新景区标识标牌数量", 15, "块", "≥", 260),
            ("导览讲解员培训人次", 10, "人次", "≥", 120),
            ("智慧导览平台可用率", 10, "%", "≥", pct(0.995, "0.0%")),
            ("标识信息准确率", 10, "%", "≥", pct(0.98)),
            ("讲解员培训人均成本", 10, "元/人次", "≤", 1500),
            ("游客导览使用量增长率", 10, "%", "≥", pct(0.15)),
            ("游客导览服务满意度", 10, "%", "≥", pct(0.9)),
            ("合计", 100, None, None, None),
        ],
        merged=(),
    )
    sign(s, "陆嘉禾", "0576-8851 2290")
    return b


@variant(
    "te08-guide-flat-wrong",
    (3, 11),
    "department, flat list in another order (指标名称 · 指标值 · 指标性质 as direction · "
    "计量单位 · 权重): a unit in the value against the unit column, ≥ on a 反向 rate, "
    "weights add to 95",
)
def te08() -> Book:
    b, s = department_book(
        dept="石砚峡景区标识导览管理站",
        budget=[(wan(210), wan(200), wan(10), wan(90), wan(120))],
        tasks=[
            ("景区标识牌更新", "更换褪色破损的导向牌和警示牌", wan(70), "标识完整清晰"),
            ("电子导览设备维护", "导览机、触摸屏的维修和耗材更换", wan(50), "设备完好可用"),
            ("金额合计", None, wan(120), None),
        ],
        goal="景区标识规范完整，电子导览设备完好，游客标识导览满意度达到90%。",
    )
    b.file_mark("W101", "error", note="the weights add to 95, not 100")
    unit = "the value says 块, the unit column 套"
    against = "故障率 is 反向 (declared so in the same row); ≥ asks for more failures"
    table(
        s,
        ("指标名称", "指标值", "指标性质", "计量单位", "权重"),
        [
            ("景区标识牌安装数量", mk("≥180块", "T112", "error", note=unit), "正向", "套", 15),
            ("电子导览设备投放数量", "≥60", "正向", "台", 15),
            ("导览设备完好率", "≥95%", "正向", "%", 15),
            (
                "导览设备故障率",
                mk("≥3%", "T108", "warning", row=True, note=against),
                "反向",
                "%",
                10,
            ),
            ("标识维护响应时间", "≤48", "反向", "小时", 10),
            ("单块标识牌更新成本", "≤0.35", "反向", "万元/块", 10),
            ("导览服务覆盖游客人次", "≥30", "正向", "万人次", 10),
            ("游客标识导览满意度", "≥90%", "正向", "%", 10),
        ],
        merged=(),
    )
    sign(s, "邵一帆", "0577-6590 3318")
    return b


@variant(
    "te09-sign-numbered-points",
    (5, 10),
    "project, NAT-2021, tier labels numbered with points (一、产出指标（45分）, "
    "（一）数量指标), an indicator score column adding to 100 as the tier points do, "
    "a 下降率 with ≥, a coverage raised in 百分点 (correct)",
)
def te09() -> Book:
    b, s = project_book(
        name="石砚峡景区标识系统提升项目",
        dept="澄岭县文化广电和旅游局（356004）",
        unit="石砚峡景区管理处",
        money=one_year(98, 98, 0),
        goals=("更新景区导向标识牌320块，新增二维码解说牌150块，实现主要标识中英双语。",),
    )
    table(
        s,
        ("一级指标", "二级指标", "三级指标", "指标值", "分值"),
        [
            ("一、产出指标（45分）", "（一）数量指标", "更新导向标识牌数量", "≥320块", 10),
            (None, None, "新增二维码解说牌数量", "≥150块", 8),
            (None, "（二）质量指标", "标识信息准确率", "≥98%", 10),
            (None, None, "标识中英双语覆盖率较上年提高", "≥8百分点", 7),
            (None, "（三）时效指标", "标识安装完成时间", "10月31日前", 10),
            (
                "二、成本指标（10分）",
                "（一）经济成本指标",
                "单块导向标识牌制作安装成本",
                "≤2000元/块",
                10,
            ),
            ("三、效益指标（30分）", "（一）社会效益指标", "游客问路求助次数下降率", "≥20%", 15),
            (None, "（二）可持续影响指标", "标识维护管理机制", "建立并执行", 15),
            (
                "四、满意度指标（15分）",
                "（一）服务对象满意度指标",
                "游客标识指引满意度",
                "≥90%",
                15,
            ),
        ],
    )
    s.row("合计", None, None, None, 100, merge=[(1, 4)])
    note(s, "注：各一级指标分值已在指标名称中注明，合计100分；三级指标分值合计亦为100分。", 5)
    sign(s, "蒋若溪", "0593-7731 0562")
    return b


@variant(
    "te10-sign-marked-wrong-parent",
    (5, 10),
    "project, NAT-2021, labels with * and numbered tier-2s (1.数量指标), a tier-1 score column and "
    "an indicator score column: a tier-2 under the wrong tier-1, two tier scores not matching "
    "the indicator scores under them",
)
def te10() -> Book:
    b, s = project_book(
        name="鸣泉谷景区标识标牌更新项目",
        dept="沣岩县文化和旅游局（317001）",
        unit="鸣泉谷景区管理所",
        money=one_year(64, 54, 10),
        goals=("更换鸣泉谷景区导向及安全警示标牌200块，统一景区标识风格。",),
    )
    parent = "可持续影响指标 belongs to 效益指标, not 产出指标"
    benefit = "效益指标 declares 30分, its indicators add to 15 + 10 = 25"
    users = "满意度指标 declares 15分, its indicators add to 10 + 10 = 20"
    table(
        s,
        ("一级指标", "一级指标分值", "二级指标", "三级指标", "指标值", "指标分值"),
        [
            ("*产出指标", 45, "1.数量指标", "更换导向标牌数量", "≥140块", 10),
            (None, None, None, "更换安全警示标牌数量", "≥60块", 8),
            (None, None, "2.质量指标", "标牌安装验收合格率", "≥98%", 10),
            (None, None, "3.时效指标", "标牌更换完成时间", "9月30日前", 7),
            (
                None,
                None,
                mk("4.可持续影响指标", "F105", "error", alt=("F104",), note=parent),
                "标牌定期巡检制度",
                "健全",
                10,
            ),
            ("*成本指标", 10, "1.经济成本指标", "单块标牌更换成本", "≤0.3万元/块", 10),
            (
                "*效益指标",
                mk(30, "W103", "error", note=benefit),
                "1.社会效益指标",
                "游客迷路求助次数",
                "≤30次",
                15,
            ),
            (None, None, None, "景区标识风格统一率", "≥95%", 10),
            (
                "*满意度指标",
                mk(15, "W103", "error", note=users),
                "1.服务对象满意度指标",
                "游客满意度",
                "≥90%",
                10,
            ),
            (None, None, None, "景区商户满意度", "≥85%", 10),
        ],
        merged=(1, 2, 3),
    )
    s.row("合计", 100, None, None, None, 100)
    sign(s, "方泽宇", "0576-8847 5521")
    return b


@variant(
    "te11-guide-second-sheet",
    (7, 4),
    "project, OLD-NAT: head on the first sheet, the indicator table on a second sheet under "
    "headers 考核指标 and 目标值（年度） with a 评价标准 column, a 注 row inside the table, "
    "填表说明 and signature lines below, =100% kept as text (correct)",
)
def te11() -> Book:
    b, _head = project_book(
        sheet="项目基本信息",
        name="云峤山景区智慧导览系统建设项目",
        dept="沣岩县文化和旅游局（317001）",
        unit="云峤山景区管理处",
        money=one_year(150, 120, 30),
        goals=("建设覆盖全景区的智慧导览系统，提供定位导航和多语种语音讲解服务。",),
    )
    s = b.sheet("绩效指标", (16, 18, 30, 16, 30))
    s.title("云峤山景区智慧导览系统建设项目绩效指标", 5)
    standard = "完成得满分，未完成按比例扣分"
    table(
        s,
        ("一级指标", "二级指标", "考核指标", "目标值（年度）", "评价标准"),
        [
            ("产出指标", "数量指标", "导览点位建设数量", "≥60个", standard),
            (None, None, "多语种语音讲解条目", "≥240条", standard),
            (None, "质量指标", "导览定位准确率", "≥95%", "以第三方测试报告为准"),
            (None, None, "导览内容审核合格率", "=100%", "发现一处错误扣1分"),
            (None, "时效指标", "系统上线运行时间", "9月30日前", "每延迟一个月扣2分"),
            (None, "成本指标", "导览点位单点建设成本", "≤1.8万元/个", "超出不得分"),
        ],
    )
    note(s, "注：导览内容含文字、图片和语音讲解，均须经景区管理处审核后上线。", 5)
    s.table(
        [
            ("效益指标", "社会效益指标", "智慧导览年使用人次", "≥15万人次", standard),
            (None, "可持续影响指标", "系统运维保障期", "≥3年", "以运维合同为准"),
            (
                "满意度指标",
                "服务对象满意度指标",
                "游客导览体验满意度",
                "≥90%",
                "以问卷调查结果为准",
            ),
        ],
        merged=(1, 2),
    )
    s.skip()
    note(s, "填表说明：1.指标值应量化、可考核；2.评价标准用于年度自评打分。", 5)
    sign(s, "钟予安", "0576-8839 7014", boss="顾怀山")
    return b


@variant(
    "te12-guide-template-rows",
    (6, 13),
    "project, NAT-2021, header 预期目标: a tier-2 left from the template without an indicator, "
    "a value without a name",
)
def te12() -> Book:
    b, s = project_book(
        name="枫渡古镇数字导览小程序运营项目",
        dept="沣岩县文化和旅游局（317001）",
        unit="枫渡古镇景区管理所",
        money=one_year(30, 30, 0),
        goals=("运营古镇数字导览小程序，上线讲解音频，提升游客自助游览体验。",),
    )
    empty = "生态效益指标 left from the template with no indicator and no value"
    nameless = "a value with no indicator name"
    table(
        s,
        ("一级指标", "二级指标", "三级指标", "预期目标"),
        [
            ("成本指标", "经济成本指标", "小程序年度运营成本", "≤28万元"),
            ("产出指标", "数量指标", "上线导览讲解音频数量", "≥180条"),
            (None, "质量指标", "讲解内容审核通过率", "≥99%"),
            (None, None, mk(None, "F110", "error", note=nameless), "≥95%"),
            (None, "时效指标", "版本问题修复时间", "≤5个工作日"),
            ("效益指标", "社会效益指标", "小程序年访问量", "≥50万人次"),
            (None, mk("生态效益指标", "F109", "warning", row=True, note=empty), None, None),
            (None, "可持续影响指标", "导览内容更新机制", "建立并执行"),
            ("满意度指标", "服务对象满意度指标", "游客使用满意度", "≥90%"),
        ],
    )
    sign(s, "柯明澈", "0576-8852 9463")
    return b
