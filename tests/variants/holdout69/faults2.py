"""Returns with planted mistakes, round two: 中期 values copied into 年度, a unit conflict and a
rate given in hours, a tier-2 under the wrong tier-1 in a combined tier cell, a department
budget cell whose parts do not add up."""

from __future__ import annotations

from tests.variants.holdout69.common import line, sign, start
from tests.variants.holdout69.registry import variant
from tests.variants.kit import Book, mk, ok, pct


@variant(
    "ka15-sanitation-period-copy",
    (8, 1),
    "project, NAT-2021, three years, tiers together, "
    "中期 and 年度 columns: two cumulative counts copied into 年度, one annual above its period",
)
def ka15() -> Book:
    b, s = start("2027年度项目支出绩效目标表", (28, 30, 20, 20, 22))
    w = 5
    line(s, "项目名称：农村人居环境整治提升", "主管部门：澄溪县农业农村局", width=w)
    line(s, "实施单位：澄溪县乡村振兴服务中心", "项目属性：新增项目", width=w)
    line(s, "项目期：3年（2027年1月1日—2029年12月31日）", "项目负责人：覃海 0771-5286120", width=w)
    line(
        s,
        "中期资金总额：1500万元（其中财政拨款1350万元，其他资金150万元）",
        "年度资金总额：500万元（其中财政拨款450万元，其他资金50万元）",
        width=w,
    )
    line(
        s,
        "中期目标（2027年—2029年）：1. 累计改造农村户厕3000户；2. 建设村级污水处理设施45处；"
        "3. 培训村级管护人员300人次。",
        width=w,
    )
    line(
        s,
        ok(
            "年度目标（2027年）：1. 改造农村户厕1000户；2. 建设村级污水处理设施15处；3. 培训村级"
            "管护人员100人次。",
            "warning",
            note="contradicts the copied annual values",
        ),
        width=w,
    )
    copied = "the 中期 value copied into 年度"
    s.row("一级指标-二级指标", "三级指标", "中期指标值", "年度指标值", "备注")
    s.table(
        [
            (
                "产出指标-数量指标",
                "改造农村户厕",
                "≥3000户",
                mk("≥3000户", "D202", "warning", alt=("D104",), note=copied),
                "计划标准",
            ),
            (
                None,
                "建设村级污水处理设施",
                "≥45处",
                mk("≥45处", "D202", "warning", alt=("D104",), note=copied),
                None,
            ),
            (
                None,
                "培训村级管护人员",
                "≥300人次",
                mk("≥360人次", "D201", "error", alt=("D104",), note="annual above the period"),
                None,
            ),
            ("产出指标-质量指标", "户厕改造验收合格率", pct(1), pct(1), None),
            (None, "污水处理设施出水达标率", pct(0.9), pct(0.9), "地方排放标准"),
            ("产出指标-时效指标", "年度改造任务完成时间", "每年11月底前", "2027年11月30日前", None),
            ("成本指标-经济成本指标", "户厕改造补助标准", "≤1500元/户", "≤1500元/户", "补助办法"),
            ("效益指标-社会效益指标", "农村卫生户厕普及率", "≥92%", "≥85%", "上年82%"),
            ("效益指标-生态效益指标", "农村生活污水治理率", "≥60%", "≥45%", "上年38%"),
            ("效益指标-可持续影响指标", "设施长效管护机制", "健全", "建立", None),
            ("满意度指标-服务对象满意度指标", "农户满意度", "≥90%", "≥90%", "入户调查"),
        ],
        merged=(1,),
    )
    sign(s, "澄溪县乡村振兴服务中心", "蓝燕", "0771-5286125", "2026年11月24日", width=w)
    return b


@variant(
    "ka16-charging-unit-conflict",
    (1, 9),
    "project, OLD-NAT, tiers in two merged columns, "
    "unit column: a cost in 万元 against the unit column 个, a repair rate given in hours",
)
def ka16() -> Book:
    b, s = start("2027年度项目支出绩效目标申报表", (16, 16, 30, 14, 12, 24))
    line(s, "项目名称：乡镇公共充电设施建设", "主管部门：临江县发展和改革局")
    line(s, "实施单位：临江县能源服务中心", "项目属性：一次性项目")
    line(s, "项目期：2027年1月1日至2027年12月31日", "项目负责人：卢勇 0775-6630218")
    line(s, "资金总额：168万元（其中：财政拨款120万元，其他资金48万元）")
    line(
        s,
        ok(
            "年度目标：1. 在12个乡镇各建成1座公共充电站；2. 安装充电桩96台；3. 充电设施故障修复"
            "及时率达到95%。",
            note="the goal is right; the indicator row is not",
        ),
    )
    s.row("一级指标", "二级指标", "三级指标", "指标值", "计量单位", "备注")
    s.table(
        [
            ("产出指标", "数量指标", "建成乡镇公共充电站", "≥12", "座", "每乡镇1座"),
            (None, None, "安装充电桩", "≥96", "台", None),
            (None, "质量指标", "充电设施验收合格率", pct(1), "%", None),
            (
                None,
                None,
                "充电设施故障修复及时率",
                mk("≤48", "T105", "error", alt=("D104",), note="a rate given as 48 小时"),
                "小时",
                None,
            ),
            (None, "时效指标", "充电站建成投运时间", "2027年10月31日前", None, None),
            (
                None,
                "成本指标",
                "单座充电站建设成本",
                mk("≤12万元", "T112", "error", note="万元 in the value, 个 in the unit column"),
                "个",
                "概算",
            ),
            ("效益指标", "经济效益指标", "年充电服务电量", "≥80", "万千瓦时", "测算"),
            (None, "社会效益指标", "乡镇充电服务覆盖率", pct(1), "%", None),
            (None, "生态效益指标", "年减少燃油消耗", "≥180", "吨", None),
            (None, "可持续影响指标", "充电设施运维机制", "健全", None, None),
            ("满意度指标", "服务对象满意度指标", "充电用户满意度", pct(0.9), "%", None),
        ],
        merged=(1, 2),
    )
    sign(s, "临江县能源服务中心", "欧阳丽", "0775-6630220", "2026年11月11日")
    return b


@variant(
    "ka17-clinic-wrong-parent",
    (5, 1),
    "project, NAT-2021, tiers together "
    "(一级指标/二级指标): 质量指标 under 效益指标, a satisfaction typed 102%",
)
def ka17() -> Book:
    b, s = start("2027年度项目支出绩效目标表", (30, 32, 16, 28))
    w = 4
    line(s, "项目名称：村卫生室基本公共卫生服务补助", "主管部门：望川市柳湾区卫生健康局", width=w)
    line(s, "实施单位：柳湾区各村卫生室（区卫生健康局统筹）", "项目属性：常年项目", width=w)
    line(s, "项目期：2027年1月1日至2027年12月31日", "项目负责人：林春 0771-3801152", width=w)
    line(s, "资金总额：312万元（其中中央补助200万元，市区配套112万元）", width=w)
    line(
        s,
        "年度目标：1. 为辖区常住人口提供基本公共卫生服务；2. 65岁及以上老年人健康管理率达到70%；"
        "3. 群众满意度达到90%以上。",
        width=w,
    )
    s.row("一级指标/二级指标", "三级指标", "指标值", "备注")
    s.table(
        [
            ("产出指标/数量指标", "补助村卫生室", "≥52个", "全区村卫生室"),
            (None, "建立居民电子健康档案", "≥6.5万份", None),
            (None, "老年人健康体检", "≥8200人", None),
            ("产出指标/时效指标", "补助资金拨付时间", "每季度首月15日前", None),
            ("成本指标/经济成本指标", "村卫生室人均补助标准", "≤1.5万元/年", "补助办法"),
            (
                mk("效益指标/质量指标", "F105", "error", note="质量指标 belongs under 产出指标"),
                "65岁及以上老年人健康管理率",
                "≥70%",
                "国家规范",
            ),
            ("效益指标/社会效益指标", "高血压患者规范管理率", "≥65%", None),
            (None, "2型糖尿病患者规范管理率", "≥65%", None),
            ("效益指标/可持续影响指标", "村医队伍稳定率", pct(0.95), None),
            (
                "满意度指标/服务对象满意度指标",
                "群众满意度",
                mk(pct(1.02), "T106", "error", note="a satisfaction typed 102%"),
                "问卷调查",
            ),
        ],
        merged=(1,),
    )
    sign(s, "柳湾区卫生健康局", "黄晓", "0771-3801155", "2026年11月20日", width=w)
    return b


@variant(
    "ka18-department-parts",
    (12, 9),
    "department, NAT-2021, budget, tasks and goals each "
    "in one cell: 基本支出 + 项目支出 ≠ 资金总额, tasks ≠ their 合计, a duplicate indicator",
)
def ka18() -> Book:
    b, s = start("2027年度部门整体支出绩效目标表", (30, 34, 18, 30))
    w = 4
    line(s, "部门（单位）名称：石门县市场监督管理局", "部门预算编码：406001", width=w)
    line(
        s,
        mk(
            "年度预算：资金总额2350万元（其中财政拨款2100万元，其他资金250万元；基本支出1480万元，"
            "项目支出900万元）",
            "B101",
            "error",
            note="1480 + 900 = 2380, not 2350",
        ),
        width=w,
    )
    line(
        s, "部门职能：负责全县市场主体登记、食品药品安全监管、产品质量和特种设备安全监管。", width=w
    )
    line(
        s,
        mk(
            "年度主要任务：1. 食品安全抽检（预算420万元）；2. 特种设备安全监察（预算300万元）；"
            "3. 计量器具强制检定（预算200万元）。以上合计900万元。",
            "B102",
            "error",
            note="420 + 300 + 200 = 920, not 900",
        ),
        width=w,
    )
    line(
        s,
        "年度总体目标：1. 完成食品安全抽检3200批次；2. 在用特种设备定期检验率达到98%；3. 强制检定"
        "计量器具1.5万台件。",
        width=w,
    )
    s.row("一级指标/二级指标", "三级指标", "指标值", "备注")
    s.table(
        [
            ("产出指标/数量指标", "食品安全抽检批次", "≥3200批次", "计划标准"),
            (None, "强制检定计量器具", "≥1.5万台件", None),
            (None, "特种设备监督检查", "≥600台次", None),
            ("产出指标/质量指标", "在用特种设备定期检验率", "≥98%", None),
            (None, "抽检不合格食品核查处置率", pct(1), None),
            ("产出指标/时效指标", "投诉举报按时办结率", "≥98%", None),
            ("成本指标/经济成本指标", "每批次食品抽检费用", "≤1200元", "招标价"),
            ("效益指标/社会效益指标", "食品安全抽检合格率", "≥97%", None),
            (None, "特种设备万台事故率", "≤0.2起/万台", "反向指标"),
            (
                None,
                mk(
                    "食品安全抽检批次",
                    "D101",
                    "warning",
                    row=True,
                    alt=("D102", "D103"),
                    note="the 数量指标 indicator again",
                ),
                "≥3200批次",
                None,
            ),
            ("效益指标/可持续影响指标", "智慧监管平台覆盖率", "≥90%", None),
            ("满意度指标/服务对象满意度指标", "市场主体满意度", "≥90%", "第三方调查"),
        ],
        merged=(1,),
    )
    sign(s, "石门县市场监督管理局", "张宁", "0736-5541210", "2026年11月18日", width=w)
    return b
