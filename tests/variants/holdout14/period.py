"""Multi-year county projects with 中期 (实施期) and 年度 value columns: a three-year tea park
whose annual column copies cumulative counts, and a correct two-year navel-orange project."""

from __future__ import annotations

from tests.variants.heads import project_head
from tests.variants.holdout14.common import NUM
from tests.variants.holdout14.registry import variant
from tests.variants.kit import WAN, Book, C, mk, ok, pct


@variant(
    "z09-wugang-tea-park-three-year",
    (8,),
    "three-year 衔接 industry park (2025—2027), 中期/年度 columns: two cumulative counts "
    "copied into 年度, one annual count above its period count",
)
def z09() -> Book:
    book = Book()
    s = book.sheet("Sheet1")
    project_head(
        s,
        year=2025,
        years=3,
        name="梧冈县茶旅融合产业园建设项目",
        dept="梧冈县农业农村局",
        unit="梧冈县茶叶产业发展中心",
        attr="新增项目",
        money=[
            ("中期资金总额", C(1800, NUM), "年度资金总额", C(600, NUM)),
            ("其中：中央衔接资金", C(1200, NUM), "其中：中央衔接资金", C(400, NUM)),
            ("省级衔接资金", C(300, NUM), "省级衔接资金", C(100, NUM)),
            ("县级衔接资金", C(300, NUM), "县级衔接资金", C(100, NUM)),
        ],
        goals=[
            "2025—2027年新建标准化茶园3000亩、初制加工厂3个、茶旅步道12公里，"
            "培训茶农1500人次，带动脱贫户300户以上。",
            "2025年新建标准化茶园1000亩、初制加工厂1个、茶旅步道4公里，培训茶农"
            "500人次，带动脱贫户100户以上。",
        ],
    )
    s.row("一级指标", "二级指标", "三级指标", "中期指标值", "年度指标值", "备注")
    s.table(
        [
            ("产出指标", "数量指标", "新建标准化茶园", "≥3000亩", "≥1000亩", None),
            (
                None,
                None,
                "建设茶叶初制加工厂",
                "3个",
                mk("3个", "D202", "warning", alt=("D104",), note="the 3-year count copied"),
                None,
            ),
            (
                None,
                None,
                "建设茶旅步道",
                "≥12公里",
                mk("≥12公里", "D202", "warning", alt=("D104",)),
                None,
            ),
            (
                None,
                None,
                "培训茶农",
                "≥1500人次",
                mk("≥1800人次", "D201", "error", alt=("D104",), note="annual above period"),
                None,
            ),
            (None, "质量指标", "茶苗成活率", "≥90%", "≥90%", None),
            (None, "时效指标", "年度建设任务完成率", "≥95%", "≥95%", None),
            (None, "成本指标", "茶园建设补助标准", "≤4000元/亩", "≤4000元/亩", None),
            ("效益指标", "经济效益指标", "带动脱贫户户均增收", "≥3000元", "≥2000元", None),
            (None, "社会效益指标", "带动脱贫户（含监测户）", "≥300户", "≥100户", None),
            (None, "可持续影响指标", "茶园管护年限", "≥10年", "≥10年", None),
            ("满意度指标", "服务对象满意度指标", "受益群众满意度", "≥90%", "≥90%", None),
        ],
        merged=(1, 2),
    )
    s.row("填报单位（盖章）：梧冈县农业农村局", None, None, "填报日期：2025年1月6日")
    return book


@variant(
    "z10-zhechuan-navel-orange-two-year-ok",
    (1, 8, 10),
    'two-year 衔接 project (2025—2026), 实施期/年度 columns, money in 0.00"万元", a rate '
    "change in 个百分点, qualitative targets, one facility built in the first year",
)
def z10() -> Book:
    book = Book()
    s = book.sheet("项目绩效目标")
    project_head(
        s,
        year=2025,
        years=2,
        name="柘川县脐橙产业提质增效项目",
        dept="柘川县农业农村局",
        unit="柘川县果树技术推广站",
        attr="新增项目",
        money=[
            ("实施期资金总额", C(800, WAN), "年度资金总额", C(450, WAN)),
            ("其中：中央衔接资金", C(560, WAN), "其中：中央衔接资金", C(320, WAN)),
            ("省级衔接资金", C(120, WAN), "省级衔接资金", C(60, WAN)),
            ("县级衔接资金", C(80, WAN), "县级衔接资金", C(50, WAN)),
            ("自筹资金", C(40, WAN), "自筹资金", C(20, WAN)),
        ],
        goals=[
            "2025—2026年完成脐橙园品种改良2000亩，配套水肥一体化设施800亩，建成分拣"
            "仓储中心1个，带动脱贫户150户以上。",
            "2025年完成脐橙园品种改良1200亩，配套水肥一体化设施500亩，建成分拣仓储"
            "中心1个，带动脱贫户100户以上。",
        ],
    )
    s.row("一级指标", "二级指标", "三级指标", "实施期指标值", "年度指标值", "备注")
    s.table(
        [
            ("产出指标", "数量指标", "脐橙园品种改良面积", "≥2000亩", "≥1200亩", None),
            (None, None, "配套水肥一体化设施", "≥800亩", "≥500亩", None),
            (
                None,
                None,
                "建设分拣仓储中心",
                "1个",
                ok("1个", note="one facility, built in the first year"),
                "2025年建成投用",
            ),
            (None, "质量指标", "品改苗木成活率", "≥95%", "≥95%", None),
            (None, "时效指标", "年度任务完成率", "≥90%", "≥90%", None),
            (None, "成本指标", "亩均品改补助标准", "≤2000元/亩", "≤2000元/亩", None),
            ("效益指标", "经济效益指标", "脐橙商品果率提高", "≥10个百分点", "≥5个百分点", None),
            (None, None, "带动脱贫户户均增收", "≥2500元", "≥2000元", None),
            (None, "社会效益指标", "带动脱贫户", "≥150户", "≥100户", None),
            (None, "生态效益指标", "化肥使用量减少比例", "≥10%", "≥5%", "较2024年"),
            (None, "可持续影响指标", "脐橙区域品牌影响力", "有效提升", "逐步提升", None),
            ("满意度指标", "服务对象满意度指标", "受益脱贫户满意度", pct(0.9), pct(0.9), None),
        ],
        merged=(1, 2),
    )
    s.row("注：实施期为2025—2026年；资金单位为万元。")
    return book
