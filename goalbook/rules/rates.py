"""What kind of quantity an indicator's name says it is: a rate or share (合格率, 占比, 满意度),
not a device, a count of checks, of trial levels or of events named after a rate, nor a score,
a survey's size or its money."""

from __future__ import annotations

import functools
import re

# not shares: 泊位周转率 ≥4次/日 a count, 装机功率 ≥800千瓦 a power, 容积率 ≤2.5 a ratio of areas
# (按比例安排就业岗位数: the quota policy's name, a count of posts)
_NOT_RATE = (
    "效率", "频率", "汇率", "税率", "利率", "周转率", "功率", "容积率", "分辨率", "按比例",
    "比例尺",  # a map's scale (大比例尺风险调查面积), no share
    "速率",  # a speed (地下水位下降速率 ≤0.5米/年, 地面沉降速率), no share
)  # fmt: skip


@functools.lru_cache(maxsize=8192)
def is_rate(name: str) -> bool:
    if "有效率" in name or "成功率" in name:  # 治疗有效率, 调解成功率: shares, not 效率 or 功率
        return True
    for part in _NOT_RATE:
        name = name.replace(part, "")
    shares = ("率", "比例", "比率", "占比")
    if name.endswith(_NOT_SHARES) and not any(p in name for p in shares):
        return False  # 满意度测评得分 ≥95分, …有效问卷数 ≥300份, …测评费用 ≤30万元: no share
    if _DEVICE.search(name) or _CHECKS_OF.search(name) or _LEVELS_OF.search(name):
        return False  # 配备含糖率快速检测仪 ≥6台: a device that measures a rate, no share
    if _EVENTS_OF.search(name):
        return False  # 污泥含水率超标外运次数 ≤0次: the times a rate was exceeded, a count
    return any(part in name for part in (*shares, "满意度", "免疫密度"))


# events counted after the rate they concern (含水率超标外运次数, 合格率不达标批次数)
_EVENTS_OF = re.compile(r"率[^率]{1,8}?(?:次数|件数|起数|批次数?|天数)$")
# a device or a system named after the rate it measures (含糖率检测仪, 水分测定仪, 覆盖率监测系统)
_DEVICE = re.compile(r"(?:率|度)\S{0,6}?(?:检测|测定|监测|测量|分析)(?:仪|仪器|设备|装置|系统)$")
# the checks of a rate counted (籽棉回潮率检测批次 ≥600批, 含水率抽检次数): a count of checks
_CHECKS_OF = re.compile(
    r"(?:率|度)\S{0,6}?(?:检测|测定|监测|抽检|检验|化验)(?:批次|批数|次数|频次|样品数|份数|数量)$"
)
# the levels of a share tried (替代比例梯度 ≥3个, 添加比例处理组数): a count of trial groups
_LEVELS_OF = re.compile(r"(?:率|比例|比率|占比)(?:梯度|档次|水平数|处理数|处理组数|组数)$")
_SCORE = ("得分", "评分", "分值", "分数")
SURVEY_COUNTS = ("问卷数", "问卷份数", "样本数", "样本量", "调查人数", "调查户数")
# what a name about satisfaction may measure besides a share: a score out of 100, a count of
# the survey's forms, the money the survey costs (年度满意度测评费用 ≤30万元)
_NOT_SHARES = (*_SCORE, *SURVEY_COUNTS, "费用", "经费", "资金", "成本", "金额", "预算", "支出")
